using System.ComponentModel.DataAnnotations;

namespace MusicBot.Core.Configuration;

/// <summary>Section <c>MusicBot</c>: settings every part of the bot shares.</summary>
public sealed class MusicBotOptions
{
    public const string SectionName = "MusicBot";

    /// <summary>Where the SQLite database and rendered tracks live; relative paths are relative to the working directory.</summary>
    [Required]
    public string DataDirectory { get; set; } = "data";

    /// <summary>The bot's public https address, for provider callbacks; without it tasks are followed by polling.</summary>
    public string? PublicBaseUrl { get; set; }

    /// <summary>The provider a draft uses until its user picks another.</summary>
    [Required]
    public string DefaultProvider { get; set; } = "local";
}
