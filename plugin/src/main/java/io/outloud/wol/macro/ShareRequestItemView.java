package io.outloud.wol.macro;

/**
 * One request to share as the requests macro shows it: the other person (the asker for a request to the reader, the
 * askee for one the reader asked), the topic, the state, and links to the block it was asked from and the block
 * that answers it (empty where the reader may not view that page). Public getters only: they are on the allowlist.
 */
public final class ShareRequestItemView {
    private final long id;
    private final String topic;
    private final String personName;
    private final String personAvatarUrl;
    private final String personDepartment;
    private final String date;
    private final String stateCode;
    private final String stateLabel;
    private final String askedOnTitle;
    private final String askedOnUrl;
    private final String answeredOnTitle;
    private final String answeredOnUrl;
    private final String answerHow;
    private final String answerMarkup;

    ShareRequestItemView(long id, String topic, String personName, String personAvatarUrl, String personDepartment, String date,
                         String stateCode, String stateLabel, String askedOnTitle, String askedOnUrl, String answeredOnTitle,
                         String answeredOnUrl, String answerHow, String answerMarkup) {
        this.id = id;
        this.topic = topic;
        this.personName = personName;
        this.personAvatarUrl = personAvatarUrl;
        this.personDepartment = personDepartment;
        this.date = date;
        this.stateCode = stateCode;
        this.stateLabel = stateLabel;
        this.askedOnTitle = askedOnTitle;
        this.askedOnUrl = askedOnUrl;
        this.answeredOnTitle = answeredOnTitle;
        this.answeredOnUrl = answeredOnUrl;
        this.answerHow = answerHow;
        this.answerMarkup = answerMarkup;
    }

    public long getId() {
        return id;
    }

    public String getTopic() {
        return topic;
    }

    public String getPersonName() {
        return personName;
    }

    public String getPersonAvatarUrl() {
        return personAvatarUrl;
    }

    public String getPersonDepartment() {
        return personDepartment;
    }

    public String getDate() {
        return date;
    }

    public String getStateCode() {
        return stateCode;
    }

    public String getStateLabel() {
        return stateLabel;
    }

    public String getAskedOnTitle() {
        return askedOnTitle;
    }

    /** The block it was asked from, relative to the site's context path; empty when the reader may not view it. */
    public String getAskedOnUrl() {
        return askedOnUrl;
    }

    public String getAnsweredOnTitle() {
        return answeredOnTitle;
    }

    public String getAnsweredOnUrl() {
        return answeredOnUrl;
    }

    /** How to answer: insert a block with this request's number under "Answers request". */
    public String getAnswerHow() {
        return answerHow;
    }

    /** The wiki markup of a block that answers this request, for Confluence's "Insert markup" dialog. */
    public String getAnswerMarkup() {
        return answerMarkup;
    }
}
