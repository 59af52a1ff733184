package io.outloud.wol;

/**
 * A stream as asked for by a macro or a REST call, unvalidated: space key, label, community, the author's
 * department, the author's username, status code, cursor and page size. Blank means "any". {@code following}: only
 * blocks by people, in communities or with labels the reader follows.
 */
public record StreamRequest(String space, String label, String community, String department, String person, String status,
                            String before, int limit, boolean following) {

    public StreamRequest(String space, String label, String community, String department, String person, String status,
                         String before, int limit) {
        this(space, label, community, department, person, status, before, limit, false);
    }
}
