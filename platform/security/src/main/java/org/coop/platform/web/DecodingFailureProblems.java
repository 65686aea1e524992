package org.coop.platform.web;

import io.netty.buffer.Unpooled;
import io.netty.channel.ChannelDuplexHandler;
import io.netty.channel.ChannelHandlerContext;
import io.netty.channel.ChannelPromise;
import io.netty.handler.codec.http.DefaultFullHttpResponse;
import io.netty.handler.codec.http.FullHttpResponse;
import io.netty.handler.codec.http.HttpHeaderNames;
import io.netty.handler.codec.http.HttpHeaderValues;
import java.util.Locale;
import org.springframework.boot.reactor.netty.NettyServerCustomizer;
import org.springframework.http.HttpStatus;
import org.springframework.http.HttpStatusCode;
import reactor.netty.NettyPipeline;
import reactor.netty.http.server.HttpServer;
import tools.jackson.databind.json.JsonMapper;

/**
 * Problem Details for the requests Reactor Netty refuses itself, before Spring sees them: a request
 * line longer than {@code server.netty.max-initial-line-length} (414), headers larger than
 * {@code server.max-http-request-header-size} (431), a request line or header that cannot be
 * parsed (400). Reactor Netty answers those with an empty body and {@code Connection: close}; a
 * handler between the HTTP codec and Reactor Netty's own handler gives that answer a body.
 *
 * <p>The request could not be read, so the problem names no path; its {@code requestId} is the
 * connection id Reactor Netty logs with its "Decoding failed" warning.
 */
public class DecodingFailureProblems implements NettyServerCustomizer {

    static final String HANDLER_NAME = "coop.problemDetailsForDecodingFailures";

    private final ProblemDetailsWriter writer;

    public DecodingFailureProblems(ProblemDetailsWriter writer) {
        this.writer = writer;
    }

    @Override
    public HttpServer apply(HttpServer server) {
        return server.doOnChannelInit((observer, channel, remoteAddress) -> {
            if (channel.pipeline().get(NettyPipeline.HttpCodec) != null
                    && channel.pipeline().get(HANDLER_NAME) == null) {
                channel.pipeline().addAfter(NettyPipeline.HttpCodec, HANDLER_NAME, new Handler(writer));
            }
        });
    }

    static Problem problemFor(HttpStatusCode status) {
        if (status.value() == HttpStatus.URI_TOO_LONG.value()) {
            return Problem.of(status, ProblemTypes.URI_TOO_LONG, "URI too long",
                    "The request's address is longer than this server accepts");
        }
        if (status.value() == HttpStatus.REQUEST_HEADER_FIELDS_TOO_LARGE.value()) {
            return Problem.of(status, ProblemTypes.HEADERS_TOO_LARGE, "Request headers too large",
                    "The request's headers are larger than this server accepts");
        }
        return Problem.of(status, ProblemTypes.MALFORMED_REQUEST, "Malformed request",
                "The request line or a header could not be read as HTTP/1.1");
    }

    /** Replaces the empty error answer of a decoding failure; lets every other message through. */
    static final class Handler extends ChannelDuplexHandler {

        private static final JsonMapper JSON = JsonMapper.builder().build();

        private final ProblemDetailsWriter writer;

        Handler(ProblemDetailsWriter writer) {
            this.writer = writer;
        }

        @Override
        public void write(ChannelHandlerContext ctx, Object msg, ChannelPromise promise) {
            if (msg instanceof FullHttpResponse response && isDecodingFailure(response)) {
                HttpStatusCode status = HttpStatusCode.valueOf(response.status().code());
                byte[] body = JSON.writeValueAsBytes(writer.body(problemFor(status), null,
                        ctx.channel().id().asShortText(), Locale.ENGLISH));
                FullHttpResponse problem = new DefaultFullHttpResponse(response.protocolVersion(), response.status(),
                        Unpooled.wrappedBuffer(body));
                problem.headers().set(response.headers())
                        .set(HttpHeaderNames.CONTENT_TYPE, ProblemDetailsWriter.PROBLEM_JSON.toString())
                        .setInt(HttpHeaderNames.CONTENT_LENGTH, body.length);
                response.release();
                ctx.write(problem, promise);
                return;
            }
            ctx.write(msg, promise);
        }

        /** The shape Reactor Netty gives it: an error status, no body, no type, the connection closing. */
        private static boolean isDecodingFailure(FullHttpResponse response) {
            return response.status().code() >= 400
                    && response.content().readableBytes() == 0
                    && !response.headers().contains(HttpHeaderNames.CONTENT_TYPE)
                    && response.headers().containsValue(HttpHeaderNames.CONNECTION, HttpHeaderValues.CLOSE, true);
        }
    }
}
