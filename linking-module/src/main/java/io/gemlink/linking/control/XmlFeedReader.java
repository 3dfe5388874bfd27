package io.gemlink.linking.control;

import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonObjectBuilder;
import jakarta.json.spi.JsonProvider;
import java.io.InputStream;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;
import javax.xml.stream.XMLInputFactory;
import javax.xml.stream.XMLStreamConstants;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamReader;

/**
 * XML feeds ({@code <feed vendor=..><product>...</product></feed>}), streamed with StAX; no DTDs, no external entities.
 */
class XmlFeedReader implements FeedReader {

    /** Looked up once: {@code Json.create…} looks the provider up on every call, which costs more than the work. */
    private static final JsonProvider JSON = JsonProvider.provider();

    private static final XMLInputFactory FACTORY = XMLInputFactory.newFactory();

    static {
        FACTORY.setProperty(XMLInputFactory.SUPPORT_DTD, false);
        FACTORY.setProperty(XMLInputFactory.IS_SUPPORTING_EXTERNAL_ENTITIES, false);
    }

    @Override
    public String read(InputStream body, Consumer<RawRow> rows) throws FeedException {
        try {
            XMLStreamReader xml = FACTORY.createXMLStreamReader(body, "UTF-8");
            try {
                xml.nextTag();
                if (!"feed".equals(xml.getLocalName())) {
                    throw new FeedException("XML feed's root is <" + xml.getLocalName() + ">, not <feed>");
                }
                String vendor = xml.getAttributeValue(null, "vendor");
                int row = 0;
                while (xml.nextTag() == XMLStreamConstants.START_ELEMENT) {
                    row++;
                    if (!"product".equals(xml.getLocalName())) {
                        skip(xml);
                        rows.accept(RawRow.malformed(row, "is <" + xml.getLocalName() + ">, not <product>"));
                        continue;
                    }
                    rows.accept(product(row, xml));
                }
                while (xml.hasNext()) {
                    xml.next(); // reaches a truncated or doubled document's error
                }
                return vendor;
            } finally {
                xml.close();
            }
        } catch (XMLStreamException | RuntimeException e) {
            throw new FeedException("unreadable XML: " + e.getMessage(), e);
        }
    }

    private static RawRow product(int row, XMLStreamReader xml) throws XMLStreamException {
        boolean removed = "true".equals(xml.getAttributeValue(null, "removed"));
        Map<String, String> fields = new HashMap<>();
        String stones = null;
        List<String> images = List.of();
        List<String> tags = List.of();
        while (xml.nextTag() == XMLStreamConstants.START_ELEMENT) {
            String name = xml.getLocalName();
            switch (name) {
                case "stones" -> stones = stones(xml);
                case "images" -> images = items(xml);
                case "tags" -> tags = items(xml);
                default -> fields.put(name, xml.getElementText());
            }
        }
        return new RawRow(row, fields, stones, images, tags, removed, null);
    }

    /** {@code <stones><stone><type>..</type>..</stone></stones>} as the JSON array the product table keeps. */
    private static String stones(XMLStreamReader xml) throws XMLStreamException {
        JsonArrayBuilder array = JSON.createArrayBuilder();
        while (xml.nextTag() == XMLStreamConstants.START_ELEMENT) {
            JsonObjectBuilder stone = JSON.createObjectBuilder();
            while (xml.nextTag() == XMLStreamConstants.START_ELEMENT) {
                String name = xml.getLocalName();
                String text = xml.getElementText().trim();
                if (("caratWeight".equals(name) || "count".equals(name)) && text.matches("-?\\d+(\\.\\d+)?")) {
                    stone.add(name, new BigDecimal(text));
                } else {
                    stone.add(name, text);
                }
            }
            array.add(stone);
        }
        return array.build().toString();
    }

    private static List<String> items(XMLStreamReader xml) throws XMLStreamException {
        List<String> out = new ArrayList<>();
        while (xml.nextTag() == XMLStreamConstants.START_ELEMENT) {
            out.add(xml.getElementText().trim());
        }
        return out;
    }

    private static void skip(XMLStreamReader xml) throws XMLStreamException {
        int depth = 1;
        while (depth > 0) {
            int event = xml.next();
            if (event == XMLStreamConstants.START_ELEMENT) {
                depth++;
            } else if (event == XMLStreamConstants.END_ELEMENT) {
                depth--;
            }
        }
    }
}
