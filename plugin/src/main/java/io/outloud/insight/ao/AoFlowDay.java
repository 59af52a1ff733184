package io.outloud.insight.ao;

import net.java.ao.Entity;
import net.java.ao.Preload;
import net.java.ao.schema.Indexed;
import net.java.ao.schema.NotNull;
import net.java.ao.schema.StringLength;
import net.java.ao.schema.Table;

/**
 * One daily roll-up of knowledge flow: table AO_xxxxxx_FLOW_DAY. It holds no person key, only departments and counts
 * (the retention rules for acts naming people do not reach it); DAY is the UTC day as days since the epoch.
 */
@Preload
@Table("FLOW_DAY")
public interface AoFlowDay extends Entity {
    String DAY = "EPOCH_DAY";
    String FROM_DEPARTMENT = "FROM_DEPARTMENT";
    String TO_DEPARTMENT = "TO_DEPARTMENT";
    String KIND = "KIND";
    String COMMUNITY = "COMMUNITY";
    String EVENTS = "EVENTS";
    String GIVERS = "GIVERS";
    String TAKERS = "TAKERS";

    @NotNull
    @Indexed
    long getEpochDay();

    void setEpochDay(long day);

    /** "" (stored as null on some databases) when the department is unknown. */
    @StringLength(255)
    String getFromDepartment();

    void setFromDepartment(String department);

    @StringLength(255)
    String getToDepartment();

    void setToDepartment(String department);

    @NotNull
    @StringLength(32)
    String getKind();

    void setKind(String kind);

    /** The community key; null outside a community. */
    @Indexed
    @StringLength(50)
    String getCommunity();

    void setCommunity(String community);

    @NotNull
    int getEvents();

    void setEvents(int events);

    @NotNull
    int getGivers();

    void setGivers(int givers);

    @NotNull
    int getTakers();

    void setTakers(int takers);
}
