package brief.cli;

import java.io.InputStream;

/** What every command is given: the environment and standard input. */
record Context(Env env, InputStream stdin) {}
