package com.atlassian.event.api;

/** Atlassian Events: publishes events to the registered listeners. */
public interface EventPublisher extends EventListenerRegistrar {
    void publish(Object event);
}
