package io.outloud.community;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.text.Normalizer;
import java.util.HexFormat;
import java.util.Locale;
import java.util.regex.Pattern;

/**
 * A community's key: what the macros' community parameter names and what URLs carry. Made from the name once, when
 * the community is made ("Data & Design" is {@code data-design}); a name with no Latin letters or digits gets a
 * short key from its hash, so every name has one.
 */
public final class CommunityKeys {
    public static final Pattern KEY = Pattern.compile("[a-z0-9][a-z0-9_-]{0,49}");

    private CommunityKeys() {
    }

    public static boolean isKey(String value) {
        return value != null && KEY.matcher(value).matches();
    }

    public static String fromName(String name) {
        // Letters that are not a base letter with a mark are spelled out first ("Straße" is strasse, "Færøerne" faeroerne).
        String spelled = name.strip().replace("\u00df", "ss").replace("\u1e9e", "ss").replace("\u00e6", "ae").replace("\u00c6", "ae")
                .replace("\u00f8", "o").replace("\u00d8", "o").replace("\u0153", "oe").replace("\u0152", "oe").replace("\u0142", "l").replace("\u0141", "l");
        String folded = Normalizer.normalize(spelled, Normalizer.Form.NFD).replaceAll("\\p{M}+", "").toLowerCase(Locale.ROOT);
        String key = folded.replaceAll("[^a-z0-9]+", "-").replaceAll("^-+|-+$", "");
        if (key.length() > 50) {
            key = key.substring(0, 50).replaceAll("-+$", "");
        }
        return key.isEmpty() ? "c-" + shortHash(name.strip()) : key;
    }

    private static String shortHash(String text) {
        try {
            byte[] digest = MessageDigest.getInstance("SHA-256").digest(text.getBytes(StandardCharsets.UTF_8));
            return HexFormat.of().formatHex(digest, 0, 5);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
