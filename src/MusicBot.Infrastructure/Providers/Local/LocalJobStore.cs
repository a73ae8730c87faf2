using System.Text;
using System.Text.Json;
using MusicBot.Infrastructure.Serialization;

namespace MusicBot.Infrastructure.Providers.Local;

/// <summary>The offline provider's tasks, one JSON file each, so they survive a restart like a remote provider's.</summary>
internal sealed class LocalJobStore(LocalFolders folders)
{
    public Task SaveAsync(LocalJob job, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(job);
        var json = JsonSerializer.Serialize(job, InfrastructureJsonContext.Default.LocalJob);
        return AtomicFile.WriteAsync(PathOf(job.Id), stream => stream.WriteAsync(Encoding.UTF8.GetBytes(json), cancellationToken).AsTask());
    }

    /// <summary>The job, or null when this provider has no record of it.</summary>
    public async Task<LocalJob?> FindAsync(string id, CancellationToken cancellationToken)
    {
        var path = PathOf(id);
        if (!File.Exists(path))
        {
            return null;
        }

        return JsonSerializer.Deserialize(await File.ReadAllTextAsync(path, cancellationToken), InfrastructureJsonContext.Default.LocalJob)
            ?? throw new InvalidDataException($"Local job {id} is empty.");
    }

    private string PathOf(string id) => Path.Combine(folders.Jobs, LocalFolders.SafeName(id) + ".json");
}
