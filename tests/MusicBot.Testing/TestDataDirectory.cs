using Microsoft.Extensions.Options;
using MusicBot.Core.Configuration;

namespace MusicBot.Testing;

/// <summary>A fresh data directory under the system temp folder, deleted on dispose.</summary>
public sealed class TestDataDirectory : IDisposable
{
    public TestDataDirectory()
    {
        Path = System.IO.Path.Combine(System.IO.Path.GetTempPath(), "musicbot-tests", Guid.NewGuid().ToString("N"));
        Directory.CreateDirectory(Path);
    }

    public string Path { get; }

    public IOptions<MusicBotOptions> Options => Microsoft.Extensions.Options.Options.Create(new MusicBotOptions { DataDirectory = Path });

    public void Dispose()
    {
        try
        {
            Directory.Delete(Path, recursive: true);
        }
        catch (IOException)
        {
            // A process under test may still hold a file for a moment; the temp folder is cleaned by the OS anyway.
        }
    }
}
