package io.outloud.thanks;

import java.util.Objects;

/**
 * An occasion as the thanks rules need it: who was helped (the only one who may thank) and who helped. {@code helperHidden}:
 * the helper gave unnamed feedback, so the thanks reaches them without the thanker learning who they are.
 * {@code helperForgotten}: the site's retention period made the occasion forget its helper; nobody can be thanked.
 */
public record Helped(String helpedKey, String helperKey, boolean helperHidden, boolean helperForgotten) {
    public Helped {
        Objects.requireNonNull(helpedKey, "helpedKey");
        Objects.requireNonNull(helperKey, "helperKey");
    }

    public static Helped named(String helpedKey, String helperKey) {
        return new Helped(helpedKey, helperKey, false, false);
    }
}
