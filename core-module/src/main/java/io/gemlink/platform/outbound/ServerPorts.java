package io.gemlink.platform.outbound;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.Set;
import java.util.function.UnaryOperator;
import java.util.logging.Level;
import java.util.logging.Logger;
import javax.xml.XMLConstants;
import javax.xml.parsers.DocumentBuilderFactory;
import javax.xml.xpath.XPath;
import javax.xml.xpath.XPathConstants;
import javax.xml.xpath.XPathFactory;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;

/**
 * The ports the running Payara Server listens on, from its own configuration ({@code domain.xml} of this
 * instance): network listeners (HTTP, HTTPS, admin), IIOP listeners and the JMX connector. Outside Payara
 * Server (Payara Micro, unit tests) there is none: {@code gemlink.outbound.own-ports} still applies.
 */
public final class ServerPorts {

    private static final Logger LOG = Logger.getLogger(ServerPorts.class.getName());

    private ServerPorts() {}

    public static Set<Integer> ofRunningServer() {
        String root = System.getProperty("com.sun.aas.instanceRoot");
        if (root == null) {
            return Set.of();
        }
        Path domainXml = Path.of(root, "config", "domain.xml");
        try {
            return fromDomainXml(
                    domainXml, System.getProperty("com.sun.aas.instanceName", "server"), System::getProperty);
        } catch (Exception e) {
            LOG.log(
                    Level.WARNING,
                    "could not read this server's ports from " + domainXml
                            + "; gemlink.outbound.own-ports alone applies",
                    e);
            return Set.of();
        }
    }

    /**
     * @param systemProperties resolves a {@code ${NAME}} port the configuration does not define itself
     */
    static Set<Integer> fromDomainXml(Path domainXml, String instance, UnaryOperator<String> systemProperties)
            throws Exception {
        DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
        factory.setFeature(XMLConstants.FEATURE_SECURE_PROCESSING, true);
        Document doc;
        try (var in = Files.newInputStream(domainXml)) {
            doc = factory.newDocumentBuilder().parse(in);
        }
        XPath xpath = XPathFactory.newInstance().newXPath();
        String configName = xpath.evaluate("/domain/servers/server[@name='" + instance + "']/@config-ref", doc);
        Element config = (Element)
                xpath.evaluate("/domain/configs/config[@name='" + configName + "']", doc, XPathConstants.NODE);
        if (config == null) {
            return Set.of();
        }
        NodeList ports = (NodeList) xpath.evaluate(
                ".//network-listener/@port | .//iiop-listener/@port" + " | .//jmx-connector/@port",
                config,
                XPathConstants.NODESET);
        Set<Integer> found = new HashSet<>();
        for (int i = 0; i < ports.getLength(); i++) {
            String port = ports.item(i).getNodeValue().strip();
            if (port.startsWith("${") && port.endsWith("}")) {
                String name = port.substring(2, port.length() - 1);
                String defined = xpath.evaluate("system-property[@name='" + name + "']/@value", config);
                port = defined.isEmpty() ? systemProperties.apply(name) : defined;
            }
            try {
                found.add(Integer.parseInt(port == null ? "" : port.strip()));
            } catch (NumberFormatException e) {
                LOG.warning("a listener port of this server is not a number: " + port);
            }
        }
        return Set.copyOf(found);
    }
}
