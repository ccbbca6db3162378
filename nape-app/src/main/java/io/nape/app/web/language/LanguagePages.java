package io.nape.app.web.language;

import io.javalin.config.RoutesConfig;
import io.javalin.http.Context;
import io.javalin.http.Cookie;
import io.javalin.http.SameSite;
import io.nape.app.text.Language;
import io.nape.app.web.BadRequestException;
import io.nape.app.web.WebFeature;
import io.nape.app.web.WebTexts;
import java.util.Optional;
import org.jspecify.annotations.Nullable;

/**
 * The language switch: {@code POST /language} with {@code lang} = {@code en}, {@code ru} or {@code
 * auto} (follow the browser) keeps the choice in a cookie of this browser and goes back to the page
 * it came from.
 */
public final class LanguagePages implements WebFeature {
    private static final int ONE_YEAR_SECONDS = 365 * 24 * 3600;

    @Override
    public void register(RoutesConfig routes) {
        routes.post("/language", LanguagePages::choose);
    }

    private static void choose(Context ctx) {
        String value = Optional.ofNullable(ctx.formParam("lang")).orElse("").trim();
        String back = back(ctx.formParam("back"));
        if (value.equals("auto")) {
            ctx.cookie(cookie("", 0));
        } else {
            Language language = Language.parse(value)
                    .orElseThrow(() -> new BadRequestException(WebTexts.of(ctx)
                            .get("web.language.unknown", "value", value, "choices", Language.choices())));
            ctx.cookie(cookie(language.tag(), ONE_YEAR_SECONDS));
        }
        ctx.redirect(back, io.javalin.http.HttpStatus.SEE_OTHER);
    }

    private static Cookie cookie(String value, int maxAgeSeconds) {
        return new Cookie(WebTexts.COOKIE, value, "/", maxAgeSeconds, false, true, null, SameSite.LAX);
    }

    /** Where to go back to: a path of this site, else the Settings page. */
    static String back(@Nullable String requested) {
        if (requested == null
                || !requested.startsWith("/")
                || requested.startsWith("//")
                || requested.contains("\\")
                || requested.length() > 200) {
            return "/settings";
        }
        return requested;
    }
}
