using System.Collections.Concurrent;
using Microsoft.Extensions.Logging;
using MusicBot.Localization;

namespace MusicBot.Messages;

/// <summary>
/// The catalogs the running bot renders with, one per language, read once. A key a language's file lacks falls back
/// to English and is logged once per language and key, the first time a message needs it (not on every render).
/// </summary>
public sealed partial class MessageCatalogs(ILogger<MessageCatalogs> logger)
{
    private readonly ConcurrentDictionary<string, Lazy<MessageCatalog>> _loaded = new(StringComparer.Ordinal);

    public MessageCatalog For(Language language)
    {
        ArgumentNullException.ThrowIfNull(language);
        return _loaded.GetOrAdd(
            language.Code,
            _ => new Lazy<MessageCatalog>(() => MessageCatalog.Load(CatalogFile.Load(Languages.English), CatalogFile.Load(language), ReportFallback))).Value;
    }

    /// <summary>The shared phrases in <paramref name="language"/>, spelled in a platform's command syntax.</summary>
    public Phrases Phrases(Language language, IPlatformSyntax syntax) => new(For(language), syntax);

    private void ReportFallback(Language language, string key) => LogFallback(key, language.Code);

    [LoggerMessage(EventId = 8002, Level = LogLevel.Warning, Message = "Catalog key {Key} is missing in {Language}; the English text is used")]
    private partial void LogFallback(string key, string language);
}
