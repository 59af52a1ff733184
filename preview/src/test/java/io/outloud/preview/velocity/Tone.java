package io.outloud.preview.velocity;

public enum Tone {
    CALM, LOUD
}
