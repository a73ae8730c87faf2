using System.ComponentModel.DataAnnotations;
using System.Diagnostics.CodeAnalysis;

namespace MusicBot.Configuration;

/// <summary>Section <c>MusicBot:Http</c>: where the bot's HTTP surface (callbacks, webhooks, health) listens.</summary>
public sealed class HttpOptions : IValidatableObject
{
    public const string SectionName = "MusicBot:Http";

    /// <summary>Semicolon-separated listen URLs; loopback by default so nothing is exposed unless asked for.</summary>
    [Required]
    public string Urls { get; set; } = "http://127.0.0.1:8080";

    /// <summary>Each URL, with Kestrel's wildcard hosts (<c>*</c>, <c>+</c>) kept as written.</summary>
    public IEnumerable<string> EachUrl() => Urls.Split(';', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);

    public IEnumerable<ValidationResult> Validate(ValidationContext validationContext)
    {
        foreach (var url in EachUrl())
        {
            if (!TryParse(url, out _))
            {
                yield return new ValidationResult(
                    $"{SectionName}:Urls has '{url}'; give http(s)://host:port, e.g. http://127.0.0.1:8080 or http://0.0.0.0:8080 in a container.",
                    [nameof(Urls)]);
            }
        }
    }

    /// <summary>Parses one listen URL; Kestrel's wildcard hosts are read as "every address".</summary>
    public static bool TryParse(string url, [NotNullWhen(true)] out Uri? uri)
    {
        var normalized = url.Replace("://*", "://0.0.0.0", StringComparison.Ordinal).Replace("://+", "://0.0.0.0", StringComparison.Ordinal);
        if (Uri.TryCreate(normalized, UriKind.Absolute, out var parsed) && parsed.Scheme is "http" or "https" && parsed.AbsolutePath == "/")
        {
            uri = parsed;
            return true;
        }

        uri = null;
        return false;
    }
}
