using System.Globalization;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Logging.Console;
using MusicBot.Cli;
using MusicBot.Core.Configuration;
using MusicBot.Terminal;
using Serilog;
using Serilog.Extensions.Logging;
using Serilog.Formatting;
using Serilog.Templates;

namespace MusicBot.Logging;

public static class MusicBotLoggingExtensions
{
    /// <summary>The terminal chat's log, under the data directory.</summary>
    public static readonly string LogFileName = Path.Combine("logs", "musicbot.log");

    private const long FileSizeLimit = 10 * 1024 * 1024;
    private const int RetainedFiles = 5;

    // Microsoft.Extensions.Logging's level names (Serilog says Verbose and Fatal for Trace and Critical), so the file
    // reads like the console: "info: Category[EventId] message" and the JSON console's field names.
    private const string PlainLevel =
        "if @l = 'Verbose' then 'trce' else if @l = 'Debug' then 'dbug' else if @l = 'Information' then 'info' " +
        "else if @l = 'Warning' then 'warn' else if @l = 'Error' then 'fail' else 'crit'";

    private const string JsonLevel = "if @l = 'Verbose' then 'Trace' else if @l = 'Fatal' then 'Critical' else @l";

    private const string PlainTemplate =
        "{@t:yyyy-MM-dd HH:mm:ss.fff zzz} {" + PlainLevel + "}: {SourceContext}{#if EventId is not null}[{EventId.Id}]{#end} {@m}\n{#if @x is not null}{@x}\n{#end}";

    private const string JsonTemplate =
        "{ {Timestamp: ToString(UtcDateTime(@t), 'yyyy-MM-ddTHH:mm:ss.fffZ'), EventId: EventId.Id, LogLevel: " + JsonLevel +
        ", Category: SourceContext, Message: @m, Exception: @x, State: rest()} }\n";

    /// <summary>
    /// Console logs, plain by default or JSON with <c>MusicBot:Logging:Json=true</c>, always on stderr: stdout belongs
    /// to the terminal chat (and to the admin CLI's output). While the terminal chat runs, stderr is the chat's screen
    /// too, so only warnings and errors go there, and every line <c>Logging:LogLevel</c> lets through goes to
    /// <c>{DataDirectory}/logs/musicbot.log</c> (in the same format).
    /// </summary>
    public static ILoggingBuilder AddMusicBotLogging(this ILoggingBuilder logging, IConfiguration configuration, IReadOnlyList<string> args)
    {
        ArgumentNullException.ThrowIfNull(logging);
        ArgumentNullException.ThrowIfNull(configuration);
        // Read leniently here: a malformed value must reach the start-up validation below, which lists it with the rest.
        var isJson = bool.TryParse(configuration[$"{LogOptions.SectionName}:{nameof(LogOptions.Json)}"], out var json) && json;
        logging.Services.AddOptions<LogOptions>().BindConfiguration(LogOptions.SectionName).ValidateOnStart();
        if (isJson)
        {
            logging.AddJsonConsole(o =>
            {
                o.UseUtcTimestamp = true;
                o.TimestampFormat = "yyyy-MM-dd'T'HH:mm:ss.fff'Z'";
                o.IncludeScopes = true;
            });
        }

        logging.AddConsole(o => o.LogToStandardErrorThreshold = LogLevel.Trace);
        if (!AdminCli.IsCommand(args) && TerminalServiceCollectionExtensions.IsEnabled(configuration))
        {
            logging.AddFilter<ConsoleLoggerProvider>(null, LogLevel.Warning);
            var path = LogFilePath(configuration);
            // Not Serilog's AddSerilog: it adds a Trace filter for its provider, and the Logging section must decide
            // the file's levels as it does the console's. A factory registration, so the host disposes (flushes) it.
            logging.Services.AddSingleton<ILoggerProvider>(_ => new SerilogLoggerProvider(FileLogger(path, isJson), dispose: true));
        }

        return logging;
    }

    public static string LogFilePath(IConfiguration configuration)
    {
        ArgumentNullException.ThrowIfNull(configuration);
        var dataDirectory = configuration[$"{MusicBotOptions.SectionName}:{nameof(MusicBotOptions.DataDirectory)}"] ?? new MusicBotOptions().DataDirectory;
        return Path.GetFullPath(Path.Combine(dataDirectory, LogFileName));
    }

    /// <summary>
    /// Serilog's file sink (Microsoft.Extensions.Logging has no file provider): it rolls the file at 10 MB and keeps
    /// the last five, so a long chat cannot fill the disk. Levels are left to the logging filters.
    /// </summary>
    private static Serilog.Core.Logger FileLogger(string path, bool isJson)
    {
        ITextFormatter format = new ExpressionTemplate(isJson ? JsonTemplate : PlainTemplate, CultureInfo.InvariantCulture);
        return new LoggerConfiguration()
            .MinimumLevel.Verbose()
            .WriteTo.File(format, path, fileSizeLimitBytes: FileSizeLimit, rollOnFileSizeLimit: true, retainedFileCountLimit: RetainedFiles)
            .CreateLogger();
    }
}
