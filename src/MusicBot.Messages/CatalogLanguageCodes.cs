using MusicBot.Core.Chat.Languages;
using MusicBot.Localization;

namespace MusicBot.Messages;

/// <summary>Core's view of which languages exist: the ones with a catalog file.</summary>
public sealed class CatalogLanguageCodes : ILanguageCodes
{
    public IReadOnlyList<string> Codes { get; } = [.. Languages.Supported.Select(l => l.Code)];

    public string? Find(string tag) => Languages.Find(tag)?.Code;
}
