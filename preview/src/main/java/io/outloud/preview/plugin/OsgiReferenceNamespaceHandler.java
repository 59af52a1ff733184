package io.outloud.preview.plugin;

import org.springframework.beans.factory.support.AbstractBeanDefinition;
import org.springframework.beans.factory.support.BeanDefinitionBuilder;
import org.springframework.beans.factory.xml.AbstractSingleBeanDefinitionParser;
import org.springframework.beans.factory.xml.BeanDefinitionParser;
import org.springframework.beans.factory.xml.NamespaceHandlerSupport;
import org.springframework.beans.factory.xml.ParserContext;
import org.w3c.dom.Element;

/**
 * The Gemini Blueprint namespace as Confluence's plugin system supports it, for what plugins use:
 * {@code <osgi:reference id="..." interface="..."/>} imports a host service. A service the host does not export
 * fails the context, as an unsatisfied mandatory reference does in Confluence (there after a time-out).
 */
final class OsgiReferenceNamespaceHandler extends NamespaceHandlerSupport {
    static final String NAMESPACE = "http://www.eclipse.org/gemini/blueprint/schema/blueprint";

    private final HostServices services;

    OsgiReferenceNamespaceHandler(HostServices services) {
        this.services = services;
    }

    @Override
    public void init() {
        registerBeanDefinitionParser("reference", new ReferenceParser());
        BeanDefinitionParser unsupported = (element, context) -> {
            context.getReaderContext().error("The preview does not support <osgi:" + element.getLocalName() + ">", element);
            return null;
        };
        registerBeanDefinitionParser("service", unsupported);
        registerBeanDefinitionParser("list", unsupported);
        registerBeanDefinitionParser("set", unsupported);
    }

    private final class ReferenceParser extends AbstractSingleBeanDefinitionParser {
        @Override
        protected Class<?> getBeanClass(Element element) {
            return Object.class;
        }

        @Override
        protected void doParse(Element element, ParserContext parserContext, BeanDefinitionBuilder builder) {
            String interfaceName = element.getAttribute("interface");
            if (interfaceName.isEmpty()) {
                parserContext.getReaderContext().error("<osgi:reference> needs an interface attribute", element);
                return;
            }
            Object service = services.find(interfaceName).orElse(null);
            if (service == null) {
                parserContext.getReaderContext().error("No host service exports " + interfaceName
                        + " (the plugin's <osgi:reference id=\"" + element.getAttribute("id") + "\"> is unsatisfied)", element);
                return;
            }
            AbstractBeanDefinition definition = builder.getRawBeanDefinition();
            definition.setBeanClass(service.getClass());
            definition.setInstanceSupplier(() -> service);
        }
    }
}
