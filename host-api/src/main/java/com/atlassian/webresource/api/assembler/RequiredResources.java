package com.atlassian.webresource.api.assembler;

/** Web resources: require a web-resource module (by complete key "plugin.key:module-key") for this page. */
public interface RequiredResources {
    RequiredResources requireWebResource(String moduleCompleteKey);
}
