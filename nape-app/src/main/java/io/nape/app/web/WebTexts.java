package io.nape.app.web;

import io.javalin.http.Context;
import io.nape.app.text.Language;
import io.nape.app.text.Texts;
import java.util.Optional;

/**
 * The language of a request: the one chosen with the Settings page's switch (kept in a cookie of
 * this browser), else the most preferred of {@code Accept-Language} that Nape speaks, else English.
 */
public final class WebTexts {
    /** The cookie that keeps the browser's choice of language. */
    public static final String COOKIE = "nape-lang";

    private WebTexts() {}

    public static Texts of(Context ctx) {
        return Texts.of(language(ctx));
    }

    public static Language language(Context ctx) {
        return chosen(ctx).orElseGet(() -> Language.fromAcceptLanguage(ctx.header("Accept-Language")));
    }

    /** The language chosen on the Settings page, if one was. */
    public static Optional<Language> chosen(Context ctx) {
        String cookie = ctx.cookie(COOKIE);
        return cookie == null ? Optional.empty() : Language.parse(cookie);
    }
}
