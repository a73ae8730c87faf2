namespace MusicBot.Cli;

/// <summary>What a CLI command works with: the host's (built, not started) services, and where to write.</summary>
/// <param name="Output">Results: tables, summaries (stdout, so they can be piped).</param>
/// <param name="Error">Progress and problems (stderr).</param>
public sealed record CliContext(IServiceProvider Services, TextWriter Output, TextWriter Error);
