"""blocks/referrer.j2, compiled by Jinja (scripts/compile_templates.py: do not edit)."""

# ruff: noqa
# fmt: off
# mypy: ignore-errors

SOURCE = 'e9a8d32830fece0533f31bb457f5c0bd'
JINJA = '3.1.6'
MACROS = (('update_1', ('c',)), ('update_2', ('c',)), ('update_3', ('c',)))


def namespace(environment):
    from jinja2.runtime import LoopContext, Macro, Markup, Namespace, TemplateNotFound, TemplateReference, TemplateRuntimeError, Undefined, escape, identity, internalcode, markup_join, missing, str_join
    name = 'blocks/referrer.j2'

    def root(context, missing=missing, environment=environment):
        resolve = context.resolve_or_missing
        undefined = environment.undefined
        concat = environment.concat
        cond_expr_undefined = Undefined
        if 0: yield None
        l_0_update_1 = l_0_update_2 = l_0_update_3 = missing
        pass
        def macro(l_1_c):
            t_1 = []
            l_1_gettext = resolve('gettext')
            if l_1_c is missing:
                l_1_c = undefined("parameter 'c' was not provided", name='c')
            pass
            t_1.append(
                str(((undefined(name='gettext') if l_1_gettext is missing else l_1_gettext))('I wanted to let you know that %(company)s decided to go with another candidate for the role.', company=environment.getattr(l_1_c, 'company'))),
            )
            return concat(t_1)
        context.exported_vars.add('update_1')
        context.vars['update_1'] = l_0_update_1 = Macro(environment, macro, 'update_1', ('c',), False, False, False, context.eval_ctx.autoescape)
        def macro(l_1_c):
            t_2 = []
            l_1_gettext = resolve('gettext')
            if l_1_c is missing:
                l_1_c = undefined("parameter 'c' was not provided", name='c')
            pass
            t_2.append(
                str(((undefined(name='gettext') if l_1_gettext is missing else l_1_gettext))('I heard back from them, and they have chosen someone else this time.')),
            )
            return concat(t_2)
        context.exported_vars.add('update_2')
        context.vars['update_2'] = l_0_update_2 = Macro(environment, macro, 'update_2', ('c',), False, False, False, context.eval_ctx.autoescape)
        def macro(l_1_c):
            t_3 = []
            l_1_gettext = resolve('gettext')
            if l_1_c is missing:
                l_1_c = undefined("parameter 'c' was not provided", name='c')
            pass
            t_3.append(
                str(((undefined(name='gettext') if l_1_gettext is missing else l_1_gettext))("It wasn't the outcome we hoped for: %(company)s has offered the position to another candidate.", company=environment.getattr(l_1_c, 'company'))),
            )
            return concat(t_3)
        context.exported_vars.add('update_3')
        context.vars['update_3'] = l_0_update_3 = Macro(environment, macro, 'update_3', ('c',), False, False, False, context.eval_ctx.autoescape)

    blocks = {}
    debug_info = '2=12&3=24&4=36'
    return locals()
