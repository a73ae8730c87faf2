using System.Security.Cryptography;
using Microsoft.Extensions.Options;
using MusicBot.Core.Configuration;

namespace MusicBot.Infrastructure.Providers.Callbacks;

/// <summary>
/// The random per-install token in every callback address (<c>/callbacks/{provider}/{secret}</c>), kept in
/// <c>{DataDirectory}/callback-secret</c>: made on first start, the same after every restart (tasks in flight
/// keep their callback address). Only the owner may read the file.
/// </summary>
public sealed class CallbackSecret(IOptions<MusicBotOptions> options)
{
    public const string FileName = "callback-secret";

    private readonly Lazy<string> _value = new(() => LoadOrCreate(Path.Combine(options.Value.DataDirectory, FileName)));

    public string Value => _value.Value;

    /// <summary>Constant-time comparison, so the answer time says nothing about how much of a guess was right.</summary>
    public bool Matches(string? candidate) =>
        candidate is not null
        && CryptographicOperations.FixedTimeEquals(System.Text.Encoding.UTF8.GetBytes(candidate), System.Text.Encoding.UTF8.GetBytes(Value));

    private static string LoadOrCreate(string path)
    {
        if (File.Exists(path) && File.ReadAllText(path).Trim() is { Length: >= 32 } existing)
        {
            return existing;
        }

        Directory.CreateDirectory(Path.GetDirectoryName(Path.GetFullPath(path))!);
        var secret = Convert.ToHexStringLower(RandomNumberGenerator.GetBytes(32));
        try
        {
            using var stream = new FileStream(path, FileMode.CreateNew, FileAccess.Write, FileShare.None);
            if (!OperatingSystem.IsWindows())
            {
                File.SetUnixFileMode(path, UnixFileMode.UserRead | UnixFileMode.UserWrite);
            }

            using var writer = new StreamWriter(stream);
            writer.Write(secret);
            return secret;
        }
        catch (IOException) when (File.Exists(path))
        {
            // Another process made it first: theirs wins.
            return File.ReadAllText(path).Trim();
        }
    }
}
