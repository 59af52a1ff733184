package io.outloud.community;

import java.time.Instant;
import java.util.Objects;

/**
 * A person's place in a community: a member (or a lead, who is a member too), someone who asked to join a closed
 * community, or someone a lead invited. The department is the one the people component gave when it was last
 * recorded, so that a community of thousands counts its departments in one query.
 */
public record Membership(String communityKey, String userKey, State state, Role role, String department, Instant since) {

    public enum State {
        MEMBER, REQUESTED, INVITED;

        public String code() {
            return name().toLowerCase(java.util.Locale.ROOT);
        }
    }

    public enum Role {
        MEMBER, LEAD;

        public String code() {
            return name().toLowerCase(java.util.Locale.ROOT);
        }
    }

    public Membership {
        Objects.requireNonNull(communityKey, "communityKey");
        Objects.requireNonNull(userKey, "userKey");
        Objects.requireNonNull(state, "state");
        Objects.requireNonNull(role, "role");
        department = department == null ? "" : department;
        Objects.requireNonNull(since, "since");
    }

    public boolean isMember() {
        return state == State.MEMBER;
    }

    public boolean isLead() {
        return state == State.MEMBER && role == Role.LEAD;
    }
}
