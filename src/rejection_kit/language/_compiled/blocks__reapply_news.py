"""blocks/reapply_news.j2, compiled by Jinja (scripts/compile_templates.py: do not edit)."""

# ruff: noqa
# fmt: off
# mypy: ignore-errors

SOURCE = 'b9f4b086fe45a729cc956ca47ecd2ad5'
JINJA = '3.1.6'
MACROS = (('news_1', ('c',)), ('news_2', ('c',)), ('news_3', ('c',)))


def namespace(environment):
    from jinja2.runtime import LoopContext, Macro, Markup, Namespace, TemplateNotFound, TemplateReference, TemplateRuntimeError, Undefined, escape, identity, internalcode, markup_join, missing, str_join
    name = 'blocks/reapply_news.j2'

    def root(context, missing=missing, environment=environment):
        resolve = context.resolve_or_missing
        undefined = environment.undefined
        concat = environment.concat
        cond_expr_undefined = Undefined
        if 0: yield None
        l_0_news_1 = l_0_news_2 = l_0_news_3 = missing
        try:
            t_1 = environment.filters['after_colon']
        except KeyError:
            @internalcode
            def t_1(*unused):
                raise TemplateRuntimeError("No filter named 'after_colon' found.")
        pass
        def macro(l_1_c):
            t_2 = []
            l_1_gettext = resolve('gettext')
            if l_1_c is missing:
                l_1_c = undefined("parameter 'c' was not provided", name='c')
            pass
            t_2.append(
                str(((undefined(name='gettext') if l_1_gettext is missing else l_1_gettext))('One update since my first application: %(text)s.', text=t_1(environment.getattr(environment.getattr(l_1_c, 'update'), 'text')))),
            )
            return concat(t_2)
        context.exported_vars.add('news_1')
        context.vars['news_1'] = l_0_news_1 = Macro(environment, macro, 'news_1', ('c',), False, False, False, context.eval_ctx.autoescape)
        def macro(l_1_c):
            t_3 = []
            l_1_gettext = resolve('gettext')
            if l_1_c is missing:
                l_1_c = undefined("parameter 'c' was not provided", name='c')
            pass
            t_3.append(
                str(((undefined(name='gettext') if l_1_gettext is missing else l_1_gettext))('Since my first application, one thing has changed: %(text)s.', text=t_1(environment.getattr(environment.getattr(l_1_c, 'update'), 'text')))),
            )
            return concat(t_3)
        context.exported_vars.add('news_2')
        context.vars['news_2'] = l_0_news_2 = Macro(environment, macro, 'news_2', ('c',), False, False, False, context.eval_ctx.autoescape)
        def macro(l_1_c):
            t_4 = []
            l_1_gettext = resolve('gettext')
            if l_1_c is missing:
                l_1_c = undefined("parameter 'c' was not provided", name='c')
            pass
            t_4.append(
                str(((undefined(name='gettext') if l_1_gettext is missing else l_1_gettext))('Something new since we were last in touch: %(text)s.', text=t_1(environment.getattr(environment.getattr(l_1_c, 'update'), 'text')))),
            )
            return concat(t_4)
        context.exported_vars.add('news_3')
        context.vars['news_3'] = l_0_news_3 = Macro(environment, macro, 'news_3', ('c',), False, False, False, context.eval_ctx.autoescape)

    blocks = {}
    debug_info = '2=18&3=30&4=42'
    return locals()
