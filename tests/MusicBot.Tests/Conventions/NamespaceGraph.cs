using System.Reflection;
using System.Reflection.Emit;

namespace MusicBot.Tests.Conventions;

/// <summary>
/// Which namespace of an assembly uses which, read from the compiled code: base types, fields, signatures, locals and
/// every type, method or field a method body names (async state machines and lambdas count for the type that wrote
/// them). Read from IL rather than from using directives, which miss a child namespace's use of its parent.
/// </summary>
internal sealed class NamespaceGraph
{
    private const BindingFlags Declared = BindingFlags.Public | BindingFlags.NonPublic | BindingFlags.Instance | BindingFlags.Static | BindingFlags.DeclaredOnly;

    private static readonly Dictionary<short, OpCode> OpCodesByValue = typeof(OpCodes)
        .GetFields(BindingFlags.Public | BindingFlags.Static)
        .Select(f => (OpCode)f.GetValue(null)!)
        .ToDictionary(o => o.Value);

    private readonly Dictionary<string, Dictionary<string, string>> _uses = new(StringComparer.Ordinal);

    private NamespaceGraph()
    {
    }

    /// <summary>Namespace → the namespaces it uses, each with one example of the use (for the failure message).</summary>
    public IReadOnlyDictionary<string, Dictionary<string, string>> Uses => _uses;

    /// <summary>The graph of <paramref name="assembly"/>'s namespaces that start with <paramref name="prefix"/>.</summary>
    public static NamespaceGraph Of(Assembly assembly, string prefix)
    {
        var graph = new NamespaceGraph();
        foreach (var type in assembly.GetTypes().Where(t => InScope(t, assembly, prefix)))
        {
            graph.Read(type, used => InScope(used, assembly, prefix));
        }

        return graph;
    }

    /// <summary>The groups of namespaces that use each other in a circle (strongly connected, more than one).</summary>
    public IReadOnlyList<IReadOnlyList<string>> Cycles()
    {
        // Tarjan's algorithm: a handful of namespaces, so recursion depth is no concern.
        var index = new Dictionary<string, int>(StringComparer.Ordinal);
        var low = new Dictionary<string, int>(StringComparer.Ordinal);
        var stack = new Stack<string>();
        var cycles = new List<IReadOnlyList<string>>();
        void Visit(string name)
        {
            index[name] = low[name] = index.Count;
            stack.Push(name);
            foreach (var next in _uses.GetValueOrDefault(name)?.Keys ?? Enumerable.Empty<string>())
            {
                if (!index.TryGetValue(next, out var seen))
                {
                    Visit(next);
                    low[name] = Math.Min(low[name], low[next]);
                }
                else if (stack.Contains(next))
                {
                    low[name] = Math.Min(low[name], seen);
                }
            }

            if (low[name] == index[name])
            {
                var group = new List<string>();
                string member;
                do
                {
                    member = stack.Pop();
                    group.Add(member);
                }
                while (member != name);
                if (group.Count > 1)
                {
                    cycles.Add(group.Order(StringComparer.Ordinal).ToList());
                }
            }
        }

        foreach (var name in _uses.Keys.Order(StringComparer.Ordinal).ToList())
        {
            if (!index.ContainsKey(name))
            {
                Visit(name);
            }
        }

        return cycles;
    }

    /// <summary>One line per use inside <paramref name="cycle"/>: who uses whom, and where.</summary>
    public IEnumerable<string> Describe(IReadOnlyList<string> cycle) =>
        from user in cycle
        from use in _uses[user]
        where cycle.Contains(use.Key)
        select $"  {user} -> {use.Key} ({use.Value})";

    private static bool InScope(Type type, Assembly assembly, string prefix) =>
        type.Assembly == assembly
        && type.Namespace is { } name
        && (name == prefix || name.StartsWith(prefix + ".", StringComparison.Ordinal));

    private static Type Outermost(Type type) => type.DeclaringType is { } outer ? Outermost(outer) : type;

    private void Read(Type type, Func<Type, bool> counts)
    {
        var from = type.Namespace!;
        var user = Outermost(type).FullName;
        void Use(Type? used)
        {
            if (used is null || used.IsGenericParameter)
            {
                return;
            }

            if (used.HasElementType)
            {
                Use(used.GetElementType());
                return;
            }

            if (used.IsConstructedGenericType)
            {
                Use(used.GetGenericTypeDefinition());
                foreach (var argument in used.GetGenericArguments())
                {
                    Use(argument);
                }

                return;
            }

            if (counts(used) && used.Namespace != from)
            {
                var uses = _uses.TryGetValue(from, out var found) ? found : _uses[from] = new(StringComparer.Ordinal);
                uses.TryAdd(used.Namespace!, $"{user} uses {Outermost(used).FullName}");
            }
        }

        Use(type.BaseType);
        foreach (var contract in type.GetInterfaces())
        {
            Use(contract);
        }

        foreach (var field in type.GetFields(Declared))
        {
            Use(field.FieldType);
        }

        foreach (var method in type.GetMethods(Declared).Cast<MethodBase>().Concat(type.GetConstructors(Declared)))
        {
            if (method is MethodInfo info)
            {
                Use(info.ReturnType);
            }

            foreach (var parameter in method.GetParameters())
            {
                Use(parameter.ParameterType);
            }

            if (method.GetMethodBody() is not { } body)
            {
                continue;
            }

            foreach (var local in body.LocalVariables)
            {
                Use(local.LocalType);
            }

            var typeArguments = type.IsGenericType ? type.GetGenericArguments() : null;
            var methodArguments = method.IsGenericMethod ? method.GetGenericArguments() : null;
            foreach (var token in MemberTokens(body.GetILAsByteArray() ?? []))
            {
                switch (type.Module.ResolveMember(token, typeArguments, methodArguments))
                {
                    case Type named:
                        Use(named);
                        break;
                    case FieldInfo field:
                        Use(field.DeclaringType);
                        Use(field.FieldType);
                        break;
                    case MethodBase called:
                        Use(called.DeclaringType);
                        foreach (var argument in called.IsGenericMethod ? called.GetGenericArguments() : [])
                        {
                            Use(argument);
                        }

                        break;
                }
            }
        }
    }

    /// <summary>The metadata tokens of the types, methods and fields an IL body refers to.</summary>
    private static IEnumerable<int> MemberTokens(byte[] il)
    {
        var at = 0;
        while (at < il.Length)
        {
            var value = il[at] == 0xFE ? (short)(0xFE00 | il[at + 1]) : il[at];
            at += il[at] == 0xFE ? 2 : 1;
            var code = OpCodesByValue[value];
            switch (code.OperandType)
            {
                case OperandType.InlineType or OperandType.InlineMethod or OperandType.InlineField or OperandType.InlineTok:
                    yield return BitConverter.ToInt32(il, at);
                    at += 4;
                    break;
                case OperandType.InlineNone:
                    break;
                case OperandType.ShortInlineBrTarget or OperandType.ShortInlineI or OperandType.ShortInlineVar:
                    at += 1;
                    break;
                case OperandType.InlineVar:
                    at += 2;
                    break;
                case OperandType.InlineI8 or OperandType.InlineR:
                    at += 8;
                    break;
                case OperandType.InlineSwitch:
                    at += 4 + (4 * BitConverter.ToInt32(il, at));
                    break;
                default:
                    at += 4;
                    break;
            }
        }
    }
}
