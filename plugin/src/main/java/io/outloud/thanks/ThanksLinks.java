package io.outloud.thanks;

/** Where each person's own thanks page is, as a site path (links put it behind the context path). */
public final class ThanksLinks {
    public static final String PAGE_PATH = "/plugins/servlet/outloud/thanks";

    private ThanksLinks() {
    }
}
