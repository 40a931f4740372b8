package dev.readiness.scan.env;

import java.util.List;

/**
 * One env file as policies see it: its keys with value kinds, never the values.
 *
 * @param file repo-relative path
 * @param environment development, production, testing, staging, example, local or default (from the name)
 * @param template whether it is a template (.env.example, .env.sample, .env.template, .env.dist)
 * @param tracked whether git tracks it
 * @param gitignored whether .gitignore ignores it
 * @param keys every assignment in file order
 */
public record EnvFileFacts(String file, String environment, boolean template, boolean tracked, boolean gitignored,
    List<EnvKey> keys) {}
