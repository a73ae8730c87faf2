using System.ComponentModel.DataAnnotations;

namespace MusicBot.Configuration;

/// <summary>Section <c>MusicBot:Http</c>: where the bot's HTTP surface (callbacks, webhooks, health) listens.</summary>
public sealed class HttpOptions
{
    public const string SectionName = "MusicBot:Http";

    /// <summary>Semicolon-separated listen URLs; loopback by default so nothing is exposed unless asked for.</summary>
    [Required]
    public string Urls { get; set; } = "http://127.0.0.1:8080";
}
