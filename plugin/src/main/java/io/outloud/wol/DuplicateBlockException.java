package io.outloud.wol;

/** A block with this macro id exists already. */
public class DuplicateBlockException extends RuntimeException {
    public DuplicateBlockException(String macroId) {
        super("A block with macro id " + macroId + " exists already");
    }
}
