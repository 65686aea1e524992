package org.coop.platform.events;

/**
 * CloudEvents 1.0 Kafka protocol binding, binary content mode: the attributes travel as headers
 * prefixed {@code ce_}, the data is the record value and {@code content-type} carries
 * {@code datacontenttype}. See https://github.com/cloudevents/spec/blob/v1.0.2/cloudevents/bindings/kafka-protocol-binding.md
 */
public final class CloudEventHeaders {

    public static final String ID = "ce_id";
    public static final String TYPE = "ce_type";
    public static final String SOURCE = "ce_source";
    public static final String SPEC_VERSION = "ce_specversion";
    public static final String TIME = "ce_time";
    public static final String SUBJECT = "ce_subject";
    public static final String CONTENT_TYPE = "content-type";
    /**
     * The W3C Trace Context of the request that recorded the event (https://www.w3.org/TR/trace-context/),
     * as a plain header beside the CloudEvents ones: the header name Kafka instrumentation reads, so a
     * consumer continues the producer's trace. Optional: events recorded outside a trace have none.
     */
    public static final String TRACEPARENT = "traceparent";

    public static final String SPEC_VERSION_1_0 = "1.0";
    public static final String JSON = "application/json";

    private CloudEventHeaders() {
    }
}
