using System.Text.Json;
using System.Text.Json.Nodes;
using MusicBot.Testing;

namespace MusicBot.Infrastructure.Tests.Providers;

/// <summary>The project's own provider fixtures (copied next to the tests) and, when present, the shared reference ones.</summary>
internal static class Fixtures
{
    public static byte[] Own(string provider, string name) =>
        File.ReadAllBytes(Path.Combine(AppContext.BaseDirectory, "Providers", "Fixtures", provider, name));

    public static IReadOnlyList<string> Shared(string provider) =>
        [.. Directory.GetFiles(SharedReference.Path("fixtures", "music", provider)).Order(StringComparer.Ordinal)];

    /// <summary>The JSON keys of an object, exactly as spelled (case-sensitive), for request-shape checks.</summary>
    public static IReadOnlySet<string> Keys(byte[] json) =>
        JsonNode.Parse(json) is JsonObject obj ? obj.Select(p => p.Key).ToHashSet(StringComparer.Ordinal) : new HashSet<string>();

    public static IReadOnlySet<string> Keys(string json) => Keys(System.Text.Encoding.UTF8.GetBytes(json));

    public static JsonObject Object(string json) => JsonNode.Parse(json) as JsonObject ?? throw new JsonException("not an object");
}
