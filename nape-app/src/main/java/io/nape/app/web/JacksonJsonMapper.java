package io.nape.app.web;

import io.javalin.json.JsonMapper;
import io.nape.app.json.JsonOutput;
import java.io.InputStream;
import java.lang.reflect.Type;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.DeserializationFeature;
import tools.jackson.databind.json.JsonMapper.Builder;

/** Read and write JSON with the same Jackson settings as the command line; unknown fields are refused. */
final class JacksonJsonMapper implements JsonMapper {
    private final tools.jackson.databind.json.JsonMapper mapper;

    JacksonJsonMapper() {
        Builder builder = JsonOutput.mapper().rebuild();
        this.mapper = builder.enable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
                .build();
    }

    @Override
    public String toJsonString(Object value, Type type) {
        return mapper.writeValueAsString(value);
    }

    @Override
    public <T> T fromJsonString(String json, Type type) {
        try {
            return mapper.readValue(json, mapper.constructType(type));
        } catch (JacksonException wrong) {
            throw notExpected(wrong);
        }
    }

    private static RuntimeException notExpected(JacksonException wrong) {
        String reason = wrong.getOriginalMessage().lines().findFirst().orElse("");
        return new BadRequestException("the request body is not the JSON this address expects: " + reason)
                .withText("problem.unexpectedJson", "reason", reason);
    }

    @Override
    public <T> T fromJsonStream(InputStream json, Type type) {
        try {
            return mapper.readValue(json, mapper.constructType(type));
        } catch (JacksonException wrong) {
            throw notExpected(wrong);
        }
    }
}
