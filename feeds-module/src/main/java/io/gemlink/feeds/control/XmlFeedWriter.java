package io.gemlink.feeds.control;

import jakarta.json.JsonObject;
import jakarta.json.JsonReader;
import jakarta.json.JsonString;
import jakarta.json.JsonValue;
import jakarta.json.spi.JsonProvider;
import java.io.OutputStream;
import java.io.StringReader;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import javax.xml.stream.XMLOutputFactory;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamWriter;

/** {@code <feed vendor generatedAt><product>...</product></feed>}, written with StAX. */
final class XmlFeedWriter implements FeedWriter {

    /** Looked up once: {@code Json.create…} looks the provider up on every call, which costs more than the work. */
    private static final JsonProvider JSON = JsonProvider.provider();

    private final XMLStreamWriter xml;
    private final List<String> fields;

    XmlFeedWriter(OutputStream out, List<String> fields) {
        try {
            this.xml = XMLOutputFactory.newFactory().createXMLStreamWriter(out, "UTF-8");
        } catch (XMLStreamException e) {
            throw new IllegalStateException(e);
        }
        this.fields = fields;
    }

    @Override
    public void begin(String vendorPublicId, Instant generatedAt) throws XMLStreamException {
        xml.writeStartDocument("UTF-8", "1.0");
        xml.writeStartElement("feed");
        xml.writeAttribute("vendor", vendorPublicId);
        xml.writeAttribute("generatedAt", generatedAt.toString());
    }

    @Override
    public void product(ProductRow row, BigDecimal price) throws XMLStreamException {
        xml.writeStartElement("product");
        element("sku", row.sku());
        element("price", price.toPlainString());
        element("quantity", Integer.toString(row.sellable()));
        element("updatedAt", row.updatedAt().toString());
        for (String field : fields) {
            Object value = FeedValues.of(row, field);
            if (value == null) {
                continue; // no element: no value
            }
            if (value instanceof FeedValues.StonesJson stones) {
                stones(stones.json());
            } else if (value instanceof List<?> list) {
                xml.writeStartElement(field);
                for (String item : FeedValues.list(list)) {
                    element(FeedValues.element(field), item);
                }
                xml.writeEndElement();
            } else {
                element(field, value instanceof BigDecimal n ? n.toPlainString() : value.toString());
            }
        }
        xml.writeEndElement();
    }

    private void stones(String json) throws XMLStreamException {
        xml.writeStartElement("stones");
        try (JsonReader reader = JSON.createReader(new StringReader(json))) {
            for (JsonValue stone : reader.readArray()) {
                xml.writeStartElement("stone");
                for (Map.Entry<String, JsonValue> e : ((JsonObject) stone).entrySet()) {
                    if (e.getValue().getValueType() != JsonValue.ValueType.NULL) {
                        element(
                                e.getKey(),
                                e.getValue() instanceof JsonString s
                                        ? s.getString()
                                        : e.getValue().toString());
                    }
                }
                xml.writeEndElement();
            }
        }
        xml.writeEndElement();
    }

    @Override
    public void removed(String sku, Instant updatedAt) throws XMLStreamException {
        xml.writeStartElement("product");
        xml.writeAttribute("removed", "true");
        element("sku", sku);
        element("updatedAt", updatedAt.toString());
        xml.writeEndElement();
    }

    @Override
    public void end() throws XMLStreamException {
        xml.writeEndElement();
        xml.writeEndDocument();
        xml.flush();
    }

    @Override
    public void close() throws XMLStreamException {
        xml.flush();
    }

    private void element(String name, String text) throws XMLStreamException {
        xml.writeStartElement(name);
        xml.writeCharacters(text);
        xml.writeEndElement();
    }
}
