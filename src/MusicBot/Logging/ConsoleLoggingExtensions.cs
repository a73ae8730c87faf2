using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;

namespace MusicBot.Logging;

public static class ConsoleLoggingExtensions
{
    /// <summary>
    /// Console logs, plain by default or JSON with <c>MusicBot:Logging:Json=true</c>, always on stderr: stdout belongs
    /// to the terminal chat (and to the admin CLI's output).
    /// </summary>
    public static ILoggingBuilder AddMusicBotConsole(this ILoggingBuilder logging, IConfiguration configuration)
    {
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
        return logging;
    }
}
