package com.atlassian.core.util;

/**
 * atlassian-core: progress of a long task, carried by space removal events. The app never calls it; the preview
 * creates one to publish {@code SpaceRemoveEvent}, so only the public no-argument constructor is declared.
 */
public class ProgressMeter {
    public ProgressMeter() {
    }
}
