using System.Text.Json;

namespace MusicBot.Tests.Support;

/// <summary>The instructions of a Dockerfile, with line continuations joined and comments dropped.</summary>
public sealed record Dockerfile(IReadOnlyList<(string Keyword, string Arguments)> Instructions)
{
    public static Dockerfile Read(string path)
    {
        var instructions = new List<(string, string)>();
        var pending = "";
        foreach (var raw in File.ReadAllLines(path))
        {
            var line = raw.Trim();
            if (pending.Length == 0 && (line.Length == 0 || line.StartsWith('#')))
            {
                continue;
            }

            if (line.EndsWith('\\'))
            {
                pending += line[..^1] + " ";
                continue;
            }

            var full = (pending + line).Trim();
            pending = "";
            var space = full.IndexOf(' ', StringComparison.Ordinal);
            instructions.Add((full[..space].ToUpperInvariant(), full[(space + 1)..].Trim()));
        }

        return new Dockerfile(instructions);
    }

    /// <summary>Sources of each <c>COPY</c> from the build context (not <c>--from=</c> a stage), in order, with the index of the instruction.</summary>
    public IEnumerable<(int Index, string Source)> ContextCopies()
    {
        for (var i = 0; i < Instructions.Count; i++)
        {
            var (keyword, arguments) = Instructions[i];
            if (keyword != "COPY" || arguments.Contains("--from=", StringComparison.Ordinal))
            {
                continue;
            }

            var words = arguments.StartsWith('[')
                ? JsonSerializer.Deserialize<string[]>(arguments)!
                : arguments.Split(' ', StringSplitOptions.RemoveEmptyEntries).Where(w => !w.StartsWith("--", StringComparison.Ordinal)).ToArray();
            foreach (var source in words[..^1])
            {
                yield return (i, source);
            }
        }
    }

    public int IndexOf(string keyword, string argumentsStart) =>
        Instructions.ToList().FindIndex(x => x.Keyword == keyword && x.Arguments.StartsWith(argumentsStart, StringComparison.Ordinal));
}
