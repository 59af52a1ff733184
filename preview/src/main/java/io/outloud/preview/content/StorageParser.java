package io.outloud.preview.content;

import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.xml.sax.ErrorHandler;
import org.xml.sax.InputSource;
import org.xml.sax.SAXException;
import org.xml.sax.SAXParseException;

import javax.xml.XMLConstants;
import javax.xml.parsers.DocumentBuilder;
import javax.xml.parsers.DocumentBuilderFactory;
import javax.xml.parsers.ParserConfigurationException;
import java.io.IOException;
import java.io.StringReader;

/**
 * Parses a storage-format fragment the way Confluence does: strict XML inside a synthetic root that declares the
 * Confluence prefixes. Not namespace-aware, so element names are the prefixed names as typed ("ac:link") and an
 * unexpected prefix is just an unknown element rather than a failure.
 */
final class StorageParser {

    static final String ROOT = "ac:confluence";
    private static final String OPEN_ROOT = "<" + ROOT
            + " xmlns:ac=\"http://atlassian.com/content\""
            + " xmlns:ri=\"http://atlassian.com/resource/identifier\""
            + " xmlns:at=\"http://atlassian.com/template\">";
    private static final String CLOSE_ROOT = "</" + ROOT + ">";
    /** Deep enough for any real page, shallow enough that the recursive converter cannot overflow the stack. */
    private static final String MAX_ELEMENT_DEPTH = "400";

    private static final DocumentBuilderFactory FACTORY = newFactory();

    private StorageParser() {
    }

    /** Returns the synthetic root element whose children are the fragment's nodes. */
    static Element parseFragment(String storage) {
        String xml = OPEN_ROOT + EntityNormalizer.normalize(storage == null ? "" : storage) + CLOSE_ROOT;
        try {
            DocumentBuilder builder = newBuilder();
            builder.setErrorHandler(FAIL_FAST);
            Document document = builder.parse(new InputSource(new StringReader(xml)));
            return document.getDocumentElement();
        } catch (SAXParseException e) {
            throw new MalformedStorageException("line " + e.getLineNumber() + ": " + e.getMessage(), e);
        } catch (SAXException | IOException e) {
            throw new MalformedStorageException(String.valueOf(e.getMessage()), e);
        }
    }

    private static synchronized DocumentBuilder newBuilder() {
        try {
            return FACTORY.newDocumentBuilder();
        } catch (ParserConfigurationException e) {
            throw new IllegalStateException("XML parser cannot be configured", e);
        }
    }

    private static DocumentBuilderFactory newFactory() {
        DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
        factory.setNamespaceAware(false);
        factory.setValidating(false);
        factory.setXIncludeAware(false);
        factory.setExpandEntityReferences(false);
        factory.setCoalescing(false);
        try {
            // No DOCTYPE at all: closes XXE and billion-laughs; HTML entities are handled by EntityNormalizer.
            factory.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
            factory.setFeature(XMLConstants.FEATURE_SECURE_PROCESSING, true);
        } catch (ParserConfigurationException e) {
            throw new IllegalStateException("XML parser lacks required security features", e);
        }
        factory.setAttribute(XMLConstants.ACCESS_EXTERNAL_DTD, "");
        factory.setAttribute(XMLConstants.ACCESS_EXTERNAL_SCHEMA, "");
        factory.setAttribute("jdk.xml.maxElementDepth", MAX_ELEMENT_DEPTH);
        return factory;
    }

    /** The default handler prints to stderr before throwing; we only want the exception. */
    private static final ErrorHandler FAIL_FAST = new ErrorHandler() {
        @Override
        public void warning(SAXParseException exception) {
        }

        @Override
        public void error(SAXParseException exception) throws SAXException {
            throw exception;
        }

        @Override
        public void fatalError(SAXParseException exception) throws SAXException {
            throw exception;
        }
    };
}
