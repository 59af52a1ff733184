package io.outloud.content;

/** A page as the features need to know it: where it is, what it is called, and its storage-format body. */
public record PageRef(long id, String spaceKey, String title, String storageBody) {

    /** Whether the page's body holds a macro occurrence with this id (ids are attribute values in storage format). */
    public boolean containsMacro(String macroId) {
        return storageBody != null && storageBody.contains("ac:macro-id=\"" + macroId + "\"");
    }
}
