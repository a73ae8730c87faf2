using Microsoft.Extensions.Localization;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Options;
using MusicBot.Localization.Catalog;

namespace MusicBot.Localization.Tests;

/// <summary>The catalog as the host builds it (ResourceManagerStringLocalizerFactory over the embedded resources).</summary>
internal static class CatalogFixture
{
    public static Texts Texts(ILogger<Texts>? logger = null)
    {
        var factory = new ResourceManagerStringLocalizerFactory(Options.Create(new LocalizationOptions()), NullLoggerFactory.Instance);
        return new Texts(new StringLocalizer<Messages>(factory), logger ?? NullLogger<Texts>.Instance);
    }
}

/// <summary>Keeps what was logged, to see that a missing key is reported once.</summary>
internal sealed class RecordingLogger<T> : ILogger<T>
{
    public List<string> Lines { get; } = [];

    public IDisposable? BeginScope<TState>(TState state) where TState : notnull => null;

    public bool IsEnabled(LogLevel logLevel) => true;

    public void Log<TState>(LogLevel logLevel, EventId eventId, TState state, Exception? exception, Func<TState, Exception?, string> formatter) =>
        Lines.Add(formatter(state, exception));
}
