"""blocks/ghosted.j2, compiled by Jinja (scripts/compile_templates.py: do not edit)."""

# ruff: noqa
# fmt: off
# mypy: ignore-errors

SOURCE = '830add49363deb3f6583a58c2128d57f'
JINJA = '3.1.6'
MACROS = (('closure_1', ('c',)), ('closure_2', ('c',)), ('closure_3', ('c',)))


def namespace(environment):
    from jinja2.runtime import LoopContext, Macro, Markup, Namespace, TemplateNotFound, TemplateReference, TemplateRuntimeError, Undefined, escape, identity, internalcode, markup_join, missing, str_join
    name = 'blocks/ghosted.j2'

    def root(context, missing=missing, environment=environment):
        resolve = context.resolve_or_missing
        undefined = environment.undefined
        concat = environment.concat
        cond_expr_undefined = Undefined
        if 0: yield None
        l_0_closure_1 = l_0_closure_2 = l_0_closure_3 = missing
        pass
        def macro(l_1_c):
            t_1 = []
            l_1_gettext = resolve('gettext')
            if l_1_c is missing:
                l_1_c = undefined("parameter 'c' was not provided", name='c')
            pass
            t_1.append(
                str(((undefined(name='gettext') if l_1_gettext is missing else l_1_gettext))("Since I haven't heard back, I assume you have moved forward with another candidate.")),
            )
            return concat(t_1)
        context.exported_vars.add('closure_1')
        context.vars['closure_1'] = l_0_closure_1 = Macro(environment, macro, 'closure_1', ('c',), False, False, False, context.eval_ctx.autoescape)
        def macro(l_1_c):
            t_2 = []
            l_1_gettext = resolve('gettext')
            if l_1_c is missing:
                l_1_c = undefined("parameter 'c' was not provided", name='c')
            pass
            if environment.getattr(l_1_c, 'later_stage'):
                pass
                t_2.append(
                    str(((undefined(name='gettext') if l_1_gettext is missing else l_1_gettext))('As some time has passed since my last interview, I assume the position has been filled.')),
                )
            else:
                pass
                t_2.append(
                    str(((undefined(name='gettext') if l_1_gettext is missing else l_1_gettext))('As some time has passed since I applied, I assume the position has been filled.')),
                )
            return concat(t_2)
        context.exported_vars.add('closure_2')
        context.vars['closure_2'] = l_0_closure_2 = Macro(environment, macro, 'closure_2', ('c',), False, False, False, context.eval_ctx.autoescape)
        def macro(l_1_c):
            t_3 = []
            l_1_gettext = resolve('gettext')
            if l_1_c is missing:
                l_1_c = undefined("parameter 'c' was not provided", name='c')
            pass
            t_3.append(
                str(((undefined(name='gettext') if l_1_gettext is missing else l_1_gettext))('I imagine you have chosen another candidate, so I wanted to close the loop on my side.')),
            )
            return concat(t_3)
        context.exported_vars.add('closure_3')
        context.vars['closure_3'] = l_0_closure_3 = Macro(environment, macro, 'closure_3', ('c',), False, False, False, context.eval_ctx.autoescape)

    blocks = {}
    debug_info = '2=12&3=24&4=43'
    return locals()
