package io.concord.entity;

import io.concord.nlp.AnalyzedArticle;
import io.concord.nlp.EntityType;
import io.concord.nlp.Mention;
import io.concord.nlp.Sentence;
import io.concord.nlp.Token;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.TreeMap;

/**
 * Merges the named-entity mentions of a story's articles into one {@link Entity} per real-world referent.
 *
 * <p>Mentions are grouped by their normalised name ({@link NameKey}: case, accents, possessives, Arabic
 * particles such as al-/el-, company designators, and leading titles of person names are ignored), whatever
 * type CoreNLP gave each of them, except that MISC mentions (demonyms such as "Syrian") form groups of their
 * own. The groups are then joined, in this order:
 * <ol>
 *   <li>spelling variants of transliterated names ({@link NameSimilarity}: "Bab Amr", "Baba Amro"); weak
 *       matches only when the two names share context (two content words in their sentences). Never
 *       across person and place, never for MISC;</li>
 *   <li>acronyms with the one name whose initials they spell, or the one named at least three times as often
 *       as any other with those initials ("UN", "U.N." and "United Nations"; a name
 *       containing an acronym with the same name spelled out: "UN Security Council" and "United Nations
 *       Security Council"), for organisations and places;</li>
 *   <li>plural demonyms with the singular ("Syrians", "Syrian");</li>
 *   <li>short forms with the one longer name that ends with them: a person's surname ("Assad") with the
 *       one full name in the story ending with it ("Bashar al-Assad"), or containing it when none ends with
 *       it; an organisation's tail ("Security Council", not an acronym) with the one longer organisation name
 *       ending in it,
 *       or else its one-word head ("Northrop", not an acronym) with the one longer organisation name starting
 *       with it.
 *       Nothing is joined when two different full names qualify;</li>
 *   <li>a MISC name that is not an adjective with the organisation or place of the same name.</li>
 * </ol>
 * Each entity's type is a vote over its mentions ({@link TypeVote}); a lone single-word PERSON tag with no
 * full name in the story counts half, so "from Deraa" outweighs one PERSON tag on "Deraa".
 * Roles come from {@link RoleExtractor}. The name is the longest variant that is not a title form
 * (for MISC, the most frequent);
 * ids "e1", "e2", ... go by mentions, most first. Junk mentions (one letter, all lower case, numbers) are
 * dropped and are absent from {@link EntityIndex#mentionToEntity()}; every other mention is mapped.
 *
 * <p>Cost: linear in the mentions plus a pairwise comparison of the distinct names, a few milliseconds for
 * a story of tens of articles. Instances are immutable and thread-safe.
 */
public final class EntityMerger {
    private final TitleLexicon lexicon;
    private final RoleExtractor roleExtractor;

    /** A merger using the standard title lexicon (loaded once, on first use). */
    public EntityMerger() {
        this(TitleLexicon.standard());
    }

    public EntityMerger(TitleLexicon lexicon) {
        this.lexicon = Objects.requireNonNull(lexicon, "lexicon");
        this.roleExtractor = new RoleExtractor(lexicon);
    }

    /** One observed mention with what was read around it. */
    private record Observation(String articleId, int order, Mention mention, String surface, String key,
                               boolean titleInside, RoleExtractor.Found found, double placeCue) {
        int tokens() {
            return NameKey.tokens(key).size();
        }
    }

    /** All mentions with one key. */
    private static final class Node {
        final int index;
        final String key;
        final List<String> tokens;
        final List<Observation> observations = new ArrayList<>();
        final Set<String> context = new HashSet<>();
        boolean misc;
        boolean anyAdjective;

        final String skeleton;

        Node(int index, String key) {
            this.index = index;
            this.key = key;
            this.tokens = NameKey.tokens(key);
            this.skeleton = NameKey.skeleton(key);
        }

        EntityType type() {
            TypeVote v = new TypeVote();
            for (Observation o : observations) {
                v.tag(o.mention().type(), 1.0);
                v.cue(EntityType.LOCATION, o.placeCue());
                v.cue(EntityType.PERSON, o.found().titled() ? TypeVote.TITLE_CUE : 0);
            }
            return v.winner();
        }

        boolean anyAcronymSurface() {
            return observations.stream().anyMatch(o -> NameKey.isAcronym(o.surface()));
        }

        Set<String> initials() {
            Set<String> out = new HashSet<>();
            for (Observation o : observations) {
                String i = NameKey.initials(o.surface());
                if (!i.isEmpty()) {
                    out.add(i);
                }
            }
            return out;
        }
    }

    public EntityIndex merge(List<AnalyzedArticle> articles) {
        Objects.requireNonNull(articles, "articles");
        Map<String, Node> nodes = new LinkedHashMap<>();
        List<String> articleOrder = new ArrayList<>();
        int order = 0;
        for (AnalyzedArticle a : articles) {
            String articleId = a.article().id();
            articleOrder.add(articleId);
            for (Sentence s : a.sentences()) {
                Set<String> sentenceContext = null;
                for (Mention m : s.mentions()) {
                    Observation o = observe(articleId, order, s, m);
                    if (o == null) {
                        continue;
                    }
                    order++;
                    Node n = nodes.computeIfAbsent(nodeKey(o.key(), o.mention().type()),
                            k -> new Node(nodes.size(), o.key()));
                    n.observations.add(o);
                    n.misc = m.type() == EntityType.MISC;
                    n.anyAdjective |= m.tokenEnd() - m.tokenBegin() == 1 && adjective(s, m);
                    if (sentenceContext == null) {
                        sentenceContext = context(s);
                    }
                    n.context.addAll(sentenceContext);
                }
            }
        }
        List<Node> list = new ArrayList<>(nodes.values());
        UnionFind uf = new UnionFind(list.size());
        Map<Integer, EntityType> nodeType = new HashMap<>();
        for (Node n : list) {
            nodeType.put(n.index, n.type());
        }
        joinSpellingVariants(list, nodeType, uf);
        joinAcronyms(list, nodes, nodeType, uf);
        joinPlurals(list, nodes, nodeType, uf);
        joinShortForms(list, nodeType, uf);
        joinMiscNames(list, nodes, nodeType, uf);
        return build(list, uf, articleOrder);
    }

    /** MISC mentions (demonyms, events) form their own groups, so "Norman" (MISC) stays apart from a person. */
    private static String nodeKey(String key, EntityType type) {
        return type == EntityType.MISC ? MISC_PREFIX + key : key;
    }

    private static final String MISC_PREFIX = "\u0000misc ";

    private Observation observe(String articleId, int order, Sentence s, Mention m) {
        if (NameKey.isJunk(m.text())) {
            return null;
        }
        String surface = NameKey.stripPossessive(m.text());
        String core = surface;
        String prefix = "";
        boolean titleInside = false;
        if (m.type() == EntityType.PERSON) {
            String[] words = surface.split("\\s+");
            int k = lexicon.titlePrefixLength(Arrays.asList(words));
            if (k > 0) {
                titleInside = true;
                prefix = String.join(" ", Arrays.asList(words).subList(0, k));
                core = String.join(" ", Arrays.asList(words).subList(k, words.length));
            }
        }
        String key = NameKey.key(core);
        if (key.isEmpty()) {
            return null;
        }
        RoleExtractor.Found found = roleExtractor.find(s, m, surface);
        if (titleInside) {
            List<String> roles = new ArrayList<>(found.roles());
            if (!lexicon.isHonorific(prefix.split("\\s+")[0])) {
                roles.add(0, prefix);
            }
            found = new RoleExtractor.Found(roles, found.titledVariant(), true);
        }
        return new Observation(articleId, order, m, surface, key, titleInside, found,
                TypeVote.placeCue(s, m));
    }

    private static boolean adjective(Sentence s, Mention m) {
        for (int i = Math.max(0, m.tokenBegin()); i < Math.min(s.tokens().size(), m.tokenEnd()); i++) {
            if (s.tokens().get(i).pos().startsWith("JJ")) {
                return true;
            }
        }
        return false;
    }

    /** Content lemmas and other names of a sentence: the context used to confirm weak spelling matches. */
    private static Set<String> context(Sentence s) {
        Set<String> out = new HashSet<>();
        boolean[] inMention = new boolean[s.tokens().size()];
        for (Mention m : s.mentions()) {
            for (int i = Math.max(0, m.tokenBegin()); i < Math.min(inMention.length, m.tokenEnd()); i++) {
                inMention[i] = true;
            }
        }
        for (int i = 0; i < s.tokens().size(); i++) {
            Token t = s.tokens().get(i);
            if (inMention[i] || t.lemma() == null) {
                continue;
            }
            String p = t.pos();
            String lemma = t.lemma().toLowerCase(Locale.ROOT);
            if ((p.startsWith("NN") || p.startsWith("VB") || p.startsWith("JJ")) && lemma.length() > 2
                    && !Set.of("be", "have", "do", "say", "tell", "also").contains(lemma)) {
                out.add(lemma);
            }
        }
        return out;
    }

    private static boolean placeOrOrg(EntityType t) {
        return t == EntityType.ORGANIZATION || t == EntityType.LOCATION;
    }

    private void joinAcronyms(List<Node> list, Map<String, Node> nodes, Map<Integer, EntityType> nodeType,
                              UnionFind uf) {
        Map<String, Set<Integer>> byInitials = new HashMap<>();
        for (Node n : list) {
            if (n.tokens.size() >= 2 && placeOrOrg(nodeType.get(n.index))) {
                for (String i : n.initials()) {
                    byInitials.computeIfAbsent(i, k -> new LinkedHashSet<>()).add(n.index);
                }
            }
        }
        Map<String, String> expansion = new HashMap<>();
        for (Node n : list) {
            if (n.tokens.size() != 1 || !n.anyAcronymSurface() || !placeOrOrg(nodeType.get(n.index))) {
                continue;
            }
            Set<Integer> full = byInitials.getOrDefault(n.key, Set.of());
            Map<Integer, Integer> mentionsByRoot = new HashMap<>();
            Map<Integer, Integer> firstByRoot = new HashMap<>();
            for (int f : full) {
                mentionsByRoot.merge(uf.find(f), list.get(f).observations.size(), Integer::sum);
                firstByRoot.putIfAbsent(uf.find(f), f);
            }
            Integer chosen = dominant(mentionsByRoot);
            if (chosen != null) {
                int f = firstByRoot.get(chosen);
                uf.union(n.index, f);
                expansion.put(n.key, list.get(f).key);
            }
        }
        if (expansion.isEmpty()) {
            return;
        }
        Map<String, Integer> expanded = new HashMap<>();
        for (Node n : list) {
            if (n.tokens.size() < 2) {
                continue;
            }
            List<String> parts = new ArrayList<>();
            for (String t : n.tokens) {
                parts.add(expansion.getOrDefault(t, t));
            }
            String e = String.join(" ", parts);
            Node same = nodes.get(e);
            if (same != null && same != n) {
                uf.union(n.index, same.index);
            }
            Integer prev = expanded.putIfAbsent(e, n.index);
            if (prev != null) {
                uf.union(prev, n.index);
            }
        }
    }

    /** The only key, or the one whose count is at least three times every other's; else null. */
    private static Integer dominant(Map<Integer, Integer> counts) {
        Integer best = null;
        for (Map.Entry<Integer, Integer> e : counts.entrySet()) {
            if (best == null || e.getValue() > counts.get(best)) {
                best = e.getKey();
            }
        }
        for (Map.Entry<Integer, Integer> e : counts.entrySet()) {
            if (!e.getKey().equals(best) && e.getValue() * 3 > counts.get(best)) {
                return null;
            }
        }
        return best;
    }

    private void joinSpellingVariants(List<Node> list, Map<Integer, EntityType> nodeType, UnionFind uf) {
        for (int i = 0; i < list.size(); i++) {
            Node a = list.get(i);
            EntityType ta = nodeType.get(a.index);
            if (ta == EntityType.MISC) {
                continue;
            }
            for (int j = i + 1; j < list.size(); j++) {
                Node b = list.get(j);
                EntityType tb = nodeType.get(b.index);
                if (tb == EntityType.MISC || a.tokens.size() != b.tokens.size() || uf.find(i) == uf.find(j)) {
                    continue;
                }
                boolean personPlace = (ta == EntityType.PERSON && tb == EntityType.LOCATION)
                        || (ta == EntityType.LOCATION && tb == EntityType.PERSON);
                if (personPlace) {
                    continue;
                }
                int la = a.key.length();
                int lb = b.key.length();
                int diff = Math.abs(la - lb);
                if (diff > NameSimilarity.MAX_RAW_EDIT_RATIO * Math.max(la, lb)
                        || (diff > 1 && !a.skeleton.equals(b.skeleton))) {
                    continue; // cannot match: saves the pairwise comparison on large stories
                }
                NameSimilarity.Match match = NameSimilarity.compare(a.key, b.key);
                if (match == NameSimilarity.Match.STRONG
                        || (match == NameSimilarity.Match.WEAK && sharedContext(a, b))) {
                    uf.union(i, j);
                }
            }
        }
    }

    /** At least two content words in common, or another name in common, in the sentences of the two names. */
    private static boolean sharedContext(Node a, Node b) {
        int common = 0;
        for (String w : a.context) {
            if (b.context.contains(w) && ++common >= 2) {
                return true;
            }
        }
        return false;
    }

    private void joinPlurals(List<Node> list, Map<String, Node> nodes, Map<Integer, EntityType> nodeType,
                             UnionFind uf) {
        for (Node n : list) {
            if (nodeType.get(n.index) != EntityType.MISC || n.tokens.size() != 1 || !n.key.endsWith("s")) {
                continue;
            }
            Node singular = nodes.get(nodeKey(n.key.substring(0, n.key.length() - 1), EntityType.MISC));
            if (singular != null && nodeType.get(singular.index) == EntityType.MISC) {
                uf.union(n.index, singular.index);
            }
        }
    }

    /**
     * A MISC-tagged name that is not an adjective joins the organisation or place of the same name
     * ("Olympics" tagged MISC once and ORGANIZATION twice); it never joins a person.
     */
    private void joinMiscNames(List<Node> list, Map<String, Node> nodes, Map<Integer, EntityType> nodeType,
                               UnionFind uf) {
        for (Node n : list) {
            if (!n.misc) {
                continue;
            }
            Node other = nodes.get(n.key);
            if (other == null || !placeOrOrg(nodeType.get(other.index)) || n.anyAdjective) {
                continue;
            }
            uf.union(other.index, n.index);
        }
    }

    private void joinShortForms(List<Node> list, Map<Integer, EntityType> nodeType, UnionFind uf) {
        List<Node> shortest = new ArrayList<>(list);
        shortest.sort(Comparator.comparingInt((Node n) -> n.tokens.size()).reversed());
        for (Node s : shortest) {
            EntityType type = nodeType.get(s.index);
            if (type != EntityType.PERSON && type != EntityType.ORGANIZATION) {
                continue;
            }
            Set<Integer> roots = new HashSet<>();
            boolean bareOrg = type == EntityType.ORGANIZATION && !s.anyAcronymSurface() && !hasLongerName(s, list, uf);
            for (Node f : list) {
                if (f.tokens.size() > s.tokens.size() && nodeType.get(f.index) == type
                        && endsWith(f.tokens, s.tokens)
                        && (type == EntityType.PERSON || (bareOrg && f.tokens.size() - s.tokens.size() <= 2))) {
                    roots.add(uf.find(f.index));
                }
            }
            if (roots.isEmpty() && bareOrg && s.tokens.size() == 1) {
                for (Node f : list) {
                    if (f.tokens.size() > s.tokens.size() && nodeType.get(f.index) == type
                            && f.tokens.subList(0, s.tokens.size()).equals(s.tokens)) {
                        roots.add(uf.find(f.index));
                    }
                }
            }
            if (roots.isEmpty() && type == EntityType.PERSON && s.tokens.size() == 1) {
                for (Node f : list) {
                    if (f.tokens.size() > 1 && nodeType.get(f.index) == type && f.tokens.contains(s.key)) {
                        roots.add(uf.find(f.index));
                    }
                }
            }
            roots.remove(uf.find(s.index));
            if (roots.size() == 1) {
                uf.union(s.index, roots.iterator().next());
            }
        }
    }

    /** True when the node's group already holds a name of more words (then it is no bare short form). */
    private static boolean hasLongerName(Node s, List<Node> list, UnionFind uf) {
        int root = uf.find(s.index);
        for (Node n : list) {
            if (n.tokens.size() > s.tokens.size() && uf.find(n.index) == root) {
                return true;
            }
        }
        return false;
    }

    private static boolean endsWith(List<String> full, List<String> tail) {
        int off = full.size() - tail.size();
        for (int i = 0; i < tail.size(); i++) {
            if (!full.get(off + i).equals(tail.get(i))) {
                return false;
            }
        }
        return true;
    }

    private EntityIndex build(List<Node> list, UnionFind uf, List<String> articleOrder) {
        Map<Integer, List<Node>> clusters = new TreeMap<>();
        for (Node n : list) {
            clusters.computeIfAbsent(uf.find(n.index), k -> new ArrayList<>()).add(n);
        }
        record Draft(Entity entity, int firstOrder, List<Observation> observations) {
        }
        List<Draft> drafts = new ArrayList<>();
        for (List<Node> cluster : clusters.values()) {
            List<Observation> obs = new ArrayList<>();
            for (Node n : cluster) {
                obs.addAll(n.observations);
            }
            obs.sort(Comparator.comparingInt(Observation::order));
            Entity e = entity(obs, articleOrder);
            drafts.add(new Draft(e, obs.get(0).order(), obs));
        }
        drafts.sort(Comparator.comparingInt((Draft d) -> d.entity().mentions()).reversed()
                .thenComparingInt(Draft::firstOrder));
        List<Entity> entities = new ArrayList<>();
        Map<String, String> mentionToEntity = new HashMap<>();
        for (int i = 0; i < drafts.size(); i++) {
            String id = "e" + (i + 1);
            Entity e = drafts.get(i).entity();
            entities.add(new Entity(id, e.name(), e.type(), e.variants(), e.roles(), e.mentions(), e.articles()));
            for (Observation o : drafts.get(i).observations()) {
                mentionToEntity.put(EntityIndex.key(o.articleId(), o.mention().begin()), id);
            }
        }
        return new EntityIndex(entities, mentionToEntity);
    }

    private Entity entity(List<Observation> obs, List<String> articleOrder) {
        boolean hasFullPersonName = obs.stream()
                .anyMatch(o -> o.mention().type() == EntityType.PERSON && o.tokens() > 1);
        TypeVote vote = new TypeVote();
        Map<String, Integer> variantCount = new LinkedHashMap<>();
        Set<String> titledForms = new HashSet<>();
        Map<String, String> roleForm = new LinkedHashMap<>();
        Map<String, Integer> roleCount = new HashMap<>();
        Set<String> articleIds = new HashSet<>();
        for (Observation o : obs) {
            boolean lonePerson = o.mention().type() == EntityType.PERSON && o.tokens() == 1 && !hasFullPersonName;
            vote.tag(o.mention().type(), lonePerson ? 0.5 : 1.0);
            vote.cue(EntityType.LOCATION, o.placeCue());
            vote.cue(EntityType.PERSON, o.found().titled() ? TypeVote.TITLE_CUE : 0);
            variantCount.merge(o.surface(), 1, Integer::sum);
            if (o.titleInside()) {
                titledForms.add(o.surface());
            }
            if (o.found().titledVariant() != null) {
                variantCount.merge(o.found().titledVariant(), 1, Integer::sum);
                titledForms.add(o.found().titledVariant());
            }
            articleIds.add(o.articleId());
        }
        EntityType type = vote.winner();
        for (Observation o : obs) {
            if (type != EntityType.PERSON && o.mention().type() == EntityType.PERSON) {
                continue; // titles read around a misread place name are not its roles
            }
            for (String r : o.found().roles()) {
                String k = r.toLowerCase(Locale.ROOT);
                roleForm.putIfAbsent(k, r);
                roleCount.merge(k, 1, Integer::sum);
            }
        }
        List<String> variants = new ArrayList<>(variantCount.keySet());
        variants.sort(Comparator.comparingInt((String v) -> variantCount.get(v)).reversed());
        String name = null;
        for (String v : variants) {
            if (titledForms.contains(v) && variants.stream().anyMatch(x -> !titledForms.contains(x))) {
                continue;
            }
            // the fullest form; for MISC (demonyms, events) the most frequent one ("Syrian", not "Syrians")
            if (name == null || (type != EntityType.MISC && v.length() > name.length())) {
                name = v;
            }
        }
        List<String> roleKeys = new ArrayList<>(roleForm.keySet());
        roleKeys.sort(Comparator.comparingInt((String k) -> roleCount.get(k)).reversed());
        List<String> roles = new ArrayList<>();
        for (String k : roleKeys) {
            roles.add(roleForm.get(k));
        }
        List<String> ids = new ArrayList<>();
        for (String id : articleOrder) {
            if (articleIds.contains(id) && !ids.contains(id)) {
                ids.add(id);
            }
        }
        return new Entity(null, name, type, variants, roles, obs.size(), ids);
    }

    /** Disjoint sets over node indices (path halving, union by index so the earliest node is the root). */
    private static final class UnionFind {
        private final int[] parent;

        UnionFind(int n) {
            parent = new int[n];
            for (int i = 0; i < n; i++) {
                parent[i] = i;
            }
        }

        int find(int x) {
            while (parent[x] != x) {
                parent[x] = parent[parent[x]];
                x = parent[x];
            }
            return x;
        }

        void union(int a, int b) {
            int ra = find(a);
            int rb = find(b);
            if (ra != rb) {
                parent[Math.max(ra, rb)] = Math.min(ra, rb);
            }
        }
    }
}
