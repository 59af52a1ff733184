package io.outloud.community.macro;

import java.util.ArrayList;
import java.util.List;

/** The members of one department on the page shown (a department may go on over the next page). */
public final class MemberGroup {
    final String department;
    final String departmentKey;
    final List<MemberItem> members = new ArrayList<>();

    MemberGroup(String department, String departmentKey) {
        this.department = department;
        this.departmentKey = departmentKey;
    }

    public String getDepartment() {
        return department;
    }

    /** The department as stored ("" for none): the script asks for more of it by this. */
    public String getDepartmentKey() {
        return departmentKey;
    }

    public List<MemberItem> getMembers() {
        return members;
    }
}
