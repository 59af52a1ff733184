package com.atlassian.webresource.api.assembler;

/** Web resources: collects what the page needs. */
public interface WebResourceAssembler {
    RequiredResources resources();
}
