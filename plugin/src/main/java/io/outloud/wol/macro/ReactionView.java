package io.outloud.wol.macro;

/** One reaction button as the card shows it. Public getters, as for BlockView. */
public final class ReactionView {
    private final String code;
    private final String label;
    private final int count;
    private final boolean mine;

    ReactionView(String code, String label, int count, boolean mine) {
        this.code = code;
        this.label = label;
        this.count = count;
        this.mine = mine;
    }

    public String getCode() {
        return code;
    }

    public String getLabel() {
        return label;
    }

    public int getCount() {
        return count;
    }

    public boolean isMine() {
        return mine;
    }
}
