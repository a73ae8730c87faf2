using System.Text;

namespace MusicBot.Tests.Conventions;

/// <summary>
/// A C# source file split into what the convention tests look at: its string literals (with the line each starts on
/// and the code line around it) and its code with comments and literals blanked. A small lexer, not Roslyn: the
/// conventions only need to tell strings, comments and code apart.
/// </summary>
internal sealed class SourceFile
{
    private SourceFile(string path, IReadOnlyList<Literal> literals, string code)
    {
        Path = path;
        Literals = literals;
        Code = code;
    }

    /// <summary>Relative to the repository root, with forward slashes.</summary>
    public string Path { get; }

    public IReadOnlyList<Literal> Literals { get; }

    /// <summary>The source with comments removed and every literal's content replaced by nothing.</summary>
    public string Code { get; }

    public static IEnumerable<SourceFile> Under(params string[] folders) =>
        folders
            .SelectMany(folder => Directory.EnumerateFiles(Support.RepositoryRoot.File(folder), "*.cs", SearchOption.AllDirectories))
            .Where(file => !file.Contains($"{System.IO.Path.DirectorySeparatorChar}obj{System.IO.Path.DirectorySeparatorChar}", StringComparison.Ordinal)
                && !file.Contains($"{System.IO.Path.DirectorySeparatorChar}bin{System.IO.Path.DirectorySeparatorChar}", StringComparison.Ordinal))
            .Order(StringComparer.Ordinal)
            .Select(Read);

    public static SourceFile Read(string file)
    {
        var text = File.ReadAllText(file);
        var literals = new List<Literal>();
        var code = new StringBuilder(text.Length);
        var i = 0;
        var line = 1;
        while (i < text.Length)
        {
            var c = text[i];
            if (c == '\n')
            {
                line++;
                code.Append(c);
                i++;
            }
            else if (c == '/' && Peek(text, i + 1) == '/')
            {
                while (i < text.Length && text[i] != '\n')
                {
                    i++;
                }
            }
            else if (c == '/' && Peek(text, i + 1) == '*')
            {
                var end = text.IndexOf("*/", i + 2, StringComparison.Ordinal);
                end = end < 0 ? text.Length : end + 2;
                line += text.AsSpan(i, end - i).Count('\n');
                i = end;
            }
            else if (c == '\'')
            {
                // A char literal: '"' must not open a string.
                var end = i + 1;
                while (end < text.Length && text[end] != '\'')
                {
                    end += text[end] == '\\' ? 2 : 1;
                }

                code.Append("''");
                i = end + 1;
            }
            else if (c == '"' || ((c == '$' || c == '@') && StartsString(text, i)))
            {
                var start = line;
                var (content, end) = ReadString(text, i);
                line += text.AsSpan(i, end - i).Count('\n');
                literals.Add(new Literal(start, content, LineAt(text, i)));
                code.Append("\"\"");
                i = end;
            }
            else
            {
                code.Append(c);
                i++;
            }
        }

        var relative = System.IO.Path.GetRelativePath(Support.RepositoryRoot.Path, file).Replace('\\', '/');
        return new SourceFile(relative, literals, code.ToString());
    }

    private static char Peek(string text, int index) => index < text.Length ? text[index] : '\0';

    private static bool StartsString(string text, int i)
    {
        var j = i;
        while (j < text.Length && text[j] is '$' or '@')
        {
            j++;
        }

        return j > i && j < text.Length && text[j] == '"';
    }

    /// <summary>The literal's text (interpolation holes dropped) and the index after it.</summary>
    private static (string Content, int End) ReadString(string text, int i)
    {
        var prefix = 0;
        var isVerbatim = false;
        var dollars = 0;
        while (text[i + prefix] is '$' or '@')
        {
            isVerbatim |= text[i + prefix] == '@';
            dollars += text[i + prefix] == '$' ? 1 : 0;
            prefix++;
        }

        var open = i + prefix;
        var quotes = 0;
        while (open + quotes < text.Length && text[open + quotes] == '"')
        {
            quotes++;
        }

        var content = new StringBuilder();
        if (quotes >= 3)
        {
            var delimiter = new string('"', quotes);
            var close = text.IndexOf(delimiter, open + quotes, StringComparison.Ordinal);
            close = close < 0 ? text.Length : close;
            content.Append(text, open + quotes, close - open - quotes);
            return (DropHoles(content.ToString(), dollars), Math.Min(text.Length, close + quotes));
        }

        var j = open + 1;
        while (j < text.Length)
        {
            var c = text[j];
            if (isVerbatim && c == '"' && Peek(text, j + 1) == '"')
            {
                content.Append('"');
                j += 2;
            }
            else if (c == '"')
            {
                return (DropHoles(content.ToString(), dollars), j + 1);
            }
            else if (!isVerbatim && c == '\\')
            {
                content.Append(Peek(text, j + 1));
                j += 2;
            }
            else if (!isVerbatim && c == '\n')
            {
                return (content.ToString(), j);
            }
            else
            {
                content.Append(c);
                j++;
            }
        }

        return (content.ToString(), j);
    }

    /// <summary>Interpolation holes are code, not words: <c>{task.Id}</c> is dropped, <c>{{</c> is kept as a brace.</summary>
    private static string DropHoles(string content, int dollars)
    {
        if (dollars == 0)
        {
            return content;
        }

        var text = new StringBuilder(content.Length);
        var depth = 0;
        for (var i = 0; i < content.Length; i++)
        {
            var c = content[i];
            if (dollars == 1 && depth == 0 && (c is '{' or '}') && Peek(content, i + 1) == c)
            {
                text.Append(c);
                i++;
            }
            else if (c == '{')
            {
                depth++;
            }
            else if (c == '}' && depth > 0)
            {
                depth--;
            }
            else if (depth == 0)
            {
                text.Append(c);
            }
        }

        return text.ToString();
    }

    private static string LineAt(string text, int index)
    {
        var start = text.LastIndexOf('\n', Math.Max(0, index - 1)) + 1;
        var end = text.IndexOf('\n', index);
        return text[start..(end < 0 ? text.Length : end)].Trim();
    }

    /// <summary>A string literal: the line it starts on, its text, and the code line it sits in.</summary>
    public sealed record Literal(int Line, string Content, string CodeLine);
}
