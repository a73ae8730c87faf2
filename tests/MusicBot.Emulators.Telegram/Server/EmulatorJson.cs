using System.Text.Encodings.Web;
using System.Text.Json;

namespace MusicBot.Emulators.Telegram.Server;

/// <summary>JSON as the reference server writes it: UTF-8 text and markup characters as they are, not \u-escaped.</summary>
public static class EmulatorJson
{
    public static JsonSerializerOptions Options { get; } = new() { Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping };
}
