package io.nape.app.web;

import static org.assertj.core.api.Assertions.assertThat;

import io.nape.core.catalogue.Joint;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import tools.jackson.databind.JsonNode;

/**
 * The player's timeline names the figure's pose in every phase of an exercise that has a figure.
 * Each timeline is also written to {@code target/timelines/<routine>.json}, where the player's
 * JavaScript tests ({@code src/test/js}) read it.
 */
class PlayerTimelineWebTest {
    static final Path DUMPS = Path.of("target", "timelines");

    @RegisterExtension
    final LocalServer local = new LocalServer();

    @ParameterizedTest
    @ValueSource(strings = {"isometric-complex", "neck-pain-simple"})
    void everyPhaseOfAFiguredExerciseNamesItsPose(String routine) throws IOException {
        ApiClient.Exchange served = local.api().get("/session/" + routine + "/timeline.json?level=standard");
        assertThat(served.status()).isEqualTo(200);
        Files.createDirectories(DUMPS);
        Files.writeString(DUMPS.resolve(routine + ".json"), served.body());
        JsonNode timeline = served.json();

        List<String> poses = new ArrayList<>();
        for (JsonNode pose : timeline.path("poses")) {
            assertThat(pose.propertyNames())
                    .containsExactlyInAnyOrderElementsOf(
                            Arrays.stream(Joint.values()).map(Joint::key).toList());
            poses.add(pose.toString());
        }
        assertThat(new HashSet<>(poses)).as("each pose listed once").hasSameSizeAs(poses);

        Set<String> figured = new HashSet<>();
        for (JsonNode phase : timeline.path("phases")) {
            if (!phase.path("pose").isNull() || !phase.path("cycle").isNull()) {
                figured.add(phase.path("exercise").asString());
            }
        }
        assertThat(figured).as("exercises of %s drawn with a figure", routine).isNotEmpty();
        for (JsonNode phase : timeline.path("phases")) {
            String where = phase.toString();
            boolean move = phase.path("kind").asString().equals("MOVE");
            if (!figured.contains(phase.path("exercise").asString())) {
                assertThat(phase.path("pose").isNull()).as(where).isTrue();
                assertThat(phase.path("cycle").isNull()).as(where).isTrue();
                continue;
            }
            assertThat(phase.path("pose").asInt(-1)).as(where).isBetween(0, poses.size() - 1);
            if (move) {
                assertThat(phase.path("cycles").asInt()).as(where).isPositive();
                assertThat(phase.path("cycle").size()).as(where).isGreaterThanOrEqualTo(2);
                assertThat(phase.path("pose").asInt())
                        .as("the still pose of a movement is key 1 of its cycle: %s", where)
                        .isEqualTo(phase.path("cycle").path(1).asInt());
            } else {
                assertThat(phase.path("cycle").isNull()).as(where).isTrue();
                assertThat(phase.path("cycles").asInt()).as(where).isZero();
            }
        }
    }

    @ParameterizedTest
    @ValueSource(strings = {"isometric-complex", "neck-pain-simple"})
    void aRestShowsThePreparePoseOfTheExerciseItLeadsInto(String routine) {
        JsonNode phases = local.api()
                .get("/session/" + routine + "/timeline.json?level=standard")
                .json()
                .path("phases");
        int rests = 0;
        for (int index = 0; index + 1 < phases.size(); index++) {
            JsonNode rest = phases.get(index);
            JsonNode next = phases.get(index + 1);
            if (rest.path("kind").asString().equals("REST")
                    && next.path("kind").asString().equals("PREPARE")
                    && !next.path("pose").isNull()) {
                assertThat(rest.path("pose")).as(rest.toString()).isEqualTo(next.path("pose"));
                rests++;
            }
        }
        assertThat(rests).as("rests before a figured exercise in %s", routine).isPositive();
    }

    @Test
    void theOtherSideIsTheMirrorImage() {
        JsonNode timeline = local.api()
                .get("/session/isometric-complex/timeline.json?level=standard")
                .json();
        int pairs = 0;
        JsonNode phases = timeline.path("phases");
        for (JsonNode left : phases) {
            if (!left.path("side").asString("").equals("left")
                    || left.path("pose").isNull()) {
                continue;
            }
            for (JsonNode right : phases) {
                if (right.path("side").asString("").equals("right")
                        && right.path("exercise").equals(left.path("exercise"))
                        && right.path("kind").equals(left.path("kind"))
                        && right.path("step").equals(left.path("step"))) {
                    JsonNode leftPose =
                            timeline.path("poses").get(left.path("pose").asInt());
                    JsonNode rightPose =
                            timeline.path("poses").get(right.path("pose").asInt());
                    assertThat(leftPose.path("l-shoulder")).isEqualTo(rightPose.path("r-shoulder"));
                    assertThat(leftPose.path("r-elbow")).isEqualTo(rightPose.path("l-elbow"));
                    assertThat(leftPose.path("neck").asDouble())
                            .isEqualTo(0.0 - rightPose.path("neck").asDouble());
                    assertThat(leftPose.path("turn").asDouble())
                            .isEqualTo(0.0 - rightPose.path("turn").asDouble());
                    pairs++;
                }
            }
        }
        assertThat(pairs)
                .as("phases of a sided exercise with a figure on both sides")
                .isPositive();
    }
}
