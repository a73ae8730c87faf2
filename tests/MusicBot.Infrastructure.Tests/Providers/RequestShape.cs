using System.Text.Json;
using System.Text.Json.Nodes;
using System.Text.Json.Serialization.Metadata;

namespace MusicBot.Infrastructure.Tests.Providers;

/// <summary>Request-shape checks shared by the contract tests.</summary>
internal static class RequestShape
{
    /// <summary>A documented request read into the client's body type and written back: the same keys, spelled the same, and the same values.</summary>
    public static void RoundTrips<T>(byte[] json, JsonTypeInfo<T> info)
    {
        var body = JsonSerializer.Deserialize(json, info) ?? throw new InvalidOperationException("empty");
        var written = JsonNode.Parse(JsonSerializer.Serialize(body, info))!.AsObject();
        var documented = JsonNode.Parse(json)!.AsObject();
        Assert.Equal(documented.Select(p => p.Key).Order(StringComparer.Ordinal), written.Select(p => p.Key).Order(StringComparer.Ordinal));
        foreach (var (key, value) in documented)
        {
            Assert.True(JsonNode.DeepEquals(value, written[key]), $"{key}: {value} was written as {written[key]}");
        }
    }
}
