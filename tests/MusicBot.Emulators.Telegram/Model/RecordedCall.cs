namespace MusicBot.Emulators.Telegram.Model;

/// <summary>
/// One request the bot made, as the emulator saw it: the method, every parameter as text (object parameters as their
/// JSON), uploaded files, and the answer. The token is not recorded.
/// </summary>
public sealed record RecordedCall(
    string Method,
    IReadOnlyDictionary<string, string> Parameters,
    IReadOnlyDictionary<string, UploadedFile> Files,
    int StatusCode,
    string Response,
    DateTimeOffset At)
{
    public string? this[string name] => Parameters.GetValueOrDefault(name);

    public bool IsOk => StatusCode == 200;
}

/// <summary>A multipart file part.</summary>
public sealed record UploadedFile(string FileName, string ContentType, byte[] Content);
