namespace MusicBot.Localization.Catalog;

/// <summary>
/// The marker type of the catalog: <c>IStringLocalizer&lt;Messages&gt;</c> reads Catalog/Messages.resx (English, the
/// neutral resources) and its satellites Catalog/Messages.&lt;culture&gt;.resx. A new language is one more .resx file here
/// and one line in <see cref="Languages.Supported"/>.
/// </summary>
public sealed class Messages;
